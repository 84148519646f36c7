using System.Globalization;
using Marketplace.Core.Clearance;
using Marketplace.Core.Needs;

namespace Marketplace.Api.Clearance.Exports;

/// <summary>The ledger's columns, as an office files them (in Chinese), and how each cell reads; shared by CSV and XLSX.</summary>
public static class LedgerColumns
{
    public static readonly IReadOnlyList<(string Header, Func<LedgerRow, object?> Value)> All =
    [
        ("需求编号", r => r.NeedId.ToString()),
        ("街道/乡镇", r => r.SubDistrict),
        ("社区/村", r => r.Community),
        ("需求类别", r => r.Category),
        ("需求摘要", r => r.PublicSummary),
        ("紧急程度", r => Urgency(r.Urgency)),
        ("数量", r => r.Quantity),
        ("单位", r => r.Unit),
        ("上报时间", r => Time(r.ReportedAt)),
        ("截止日期", r => r.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("状态", r => Status(r.Status)),
        ("认领社工", r => r.ClaimedBy),
        ("认领时间", r => Time(r.ClaimedAt)),
        ("销号时间", r => Time(r.ClearedAt)),
        ("销号说明", r => r.ClearanceNote),
        ("取消原因", r => r.CancellationReason),
        ("户主姓名", r => r.HeadName),
        ("联系电话", r => r.Phone),
        ("住址", r => r.Address),
    ];

    /// <summary>China time, as the office reads it.</summary>
    private static string? Time(DateTimeOffset? at) =>
        at?.ToOffset(ReportingCalendar.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Urgency(Urgency urgency) => urgency switch
    {
        Core.Needs.Urgency.Low => "低",
        Core.Needs.Urgency.Normal => "一般",
        Core.Needs.Urgency.High => "高",
        Core.Needs.Urgency.Critical => "紧急",
        _ => urgency.ToString(),
    };

    private static string Status(NeedStatus status) => status switch
    {
        NeedStatus.Reported => "已上报",
        NeedStatus.Verified => "已核实",
        NeedStatus.Claimed => "已认领",
        NeedStatus.Matched => "已匹配",
        NeedStatus.InService => "服务中",
        NeedStatus.Cleared => "已销号",
        NeedStatus.Cancelled => "已取消",
        _ => status.ToString(),
    };
}
