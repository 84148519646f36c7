using System.Globalization;
using Marketplace.Core.Needs;
using static Marketplace.Core.Needs.Urgency;
using C = Marketplace.Core.Categories.CategoryCodes;

namespace Marketplace.DemoData;

/// <summary>
/// Wording of the demo needs. The summary is what donors see, so it says what is needed and
/// nothing about who; the detail ({name}, {age}, {address}) is for the household's caseworkers.
/// </summary>
internal static class NeedTemplates
{
    internal sealed record Template(
        string Category, string Summary, string Detail, int? MinQuantity, int? MaxQuantity, bool Recurring, Urgency Urgency,
        int MinAge = 0, bool SoloOnly = false);

    public static readonly IReadOnlyList<Template> All =
    [
        new(C.DailyLivingCare, "行动不便需要定期上门生活照料", "{name}（{age}岁）住{address}，行动不便，需有人每周上门做饭、打扫、代购。", 4, 8, true, Normal),
        new(C.DailyLivingCare, "卧床老人需要临时生活照料", "{name}（{age}岁）摔伤后卧床，家中无人照料，需上门照料一个月。", 8, 12, false, High, MinAge: 60),
        new(C.DailyLivingCare, "病后需要临时生活照料", "{name}（{age}岁）术后恢复期行动不便，家中无人照料，需上门照料一个月。", 8, 12, false, High),
        new(C.MealDelivery, "独居老人需要每日助餐", "{name}（{age}岁）独居于{address}，无法自行做饭，希望每日午餐送餐上门。", 20, 30, true, Normal, MinAge: 60, SoloOnly: true),
        new(C.MealDelivery, "高龄老人需要助餐服务", "{name}（{age}岁）牙口不好，需软食午餐，工作日送餐。", 20, 22, true, Normal, MinAge: 75),
        new(C.MealDelivery, "行动不便需要助餐送餐", "{name}（{age}岁）行动不便，做饭困难，需工作日午餐送餐上门。", 20, 22, true, Normal),
        new(C.Housekeeping, "需要上门保洁服务", "{name}（{age}岁）家中卫生状况差，需每月上门保洁。", 2, 4, true, Low),
        new(C.Housekeeping, "需要一次性深度清洁", "{address}屋内杂物堆积，存在安全隐患，需一次性清理和深度保洁。", 1, 2, false, Normal),
        new(C.PersonalCare, "卧床人员需要上门助浴", "{name}（{age}岁）长期卧床，需每月上门助浴一至两次。", 2, 6, true, Normal),
        new(C.Haircut, "行动不便需要每月上门理发", "{name}（{age}岁）行动不便，无法外出理发，需每月上门理发一次。", 6, 6, true, Low),
        new(C.GrainAndOil, "困难家庭需要米面油", "{name}家（{address}）生活拮据，需米、面、油等基本生活物资。", 1, 2, false, Normal),
        new(C.GrainAndOil, "节日慰问物资（米面油）", "节前慰问：{name}家需米面油一份。", 1, 1, false, Low),
        new(C.DailyNecessities, "需要冬季被褥和衣物", "{name}家被褥单薄，冬季需添置棉被、棉衣。", 1, 3, false, Normal),
        new(C.DailyNecessities, "孩子需要学习用品", "{name}家孩子上学缺少书包、文具等学习用品。", 1, 2, false, Low),
        new(C.MedicalEscort, "行动不便需要下楼就医协助", "{name}（{age}岁）住{address}，无电梯，需有人背扶下楼并陪同就医。", 1, 4, false, High),
        new(C.MedicalEscort, "慢性病患者需要陪同复诊", "{name}（{age}岁）患慢性病需定期到医院复诊，家人不在身边，需人陪诊。", 2, 6, true, Normal),
        new(C.Rehabilitation, "需要上门康复训练", "{name}（{age}岁）中风后肢体功能障碍，需每周上门康复训练。", 4, 12, true, Normal),
        new(C.Rehabilitation, "残疾人需要康复指导", "{name}（{age}岁）肢体残疾，需康复指导和训练计划。", 4, 8, false, Normal),
        new(C.EyeCare, "老人视力下降需要眼科检查", "{name}（{age}岁）视物模糊，疑似白内障，需眼科筛查和诊疗。", 1, 2, false, Normal, MinAge: 55),
        new(C.EyeCare, "需要眼科检查和配镜", "{name}（{age}岁）视力下降影响生活，需眼科检查和配镜。", 1, 1, false, Low),
        new(C.PsychologicalCounselling, "需要心理疏导", "{name}（{age}岁）近期情绪低落、封闭在家，需心理咨询师定期疏导。", 4, 8, true, High),
        new(C.PsychologicalCounselling, "孩子需要心理陪伴", "{name}家孩子近来情绪不稳定、不愿与人交流，需要心理陪伴。", 4, 6, false, Normal),
        new(C.Tutoring, "困难家庭孩子需要课业辅导", "{name}家孩子成绩下滑，家长无力辅导，需每周课业辅导。", 10, 40, true, Normal),
        new(C.Employment, "失业人员需要就业岗位", "{name}（{age}岁）失业，有劳动能力，希望在附近找一份工作。", null, null, false, Normal),
        new(C.Employment, "需要职业技能培训", "{name}（{age}岁）缺少技能，希望参加免费职业培训后就业。", null, null, false, Low),
        new(C.HomeRepair, "老旧住房需要维修", "{address}屋顶漏水、电线老化，存在安全隐患，需上门维修。", null, null, false, High),
        new(C.HomeRepair, "需要适老化改造", "{name}（{age}岁）卫生间无扶手，曾滑倒，需加装扶手和防滑垫。", null, null, false, Normal, MinAge: 60),
        new(C.LegalAid, "需要法律咨询", "{name}涉及家庭纠纷，需要律师提供法律咨询。", null, null, false, Normal),
        new(C.LegalAid, "需要劳动争议法律援助", "{name}被拖欠工资，需法律援助。", null, null, false, High),
        new(C.ElderlyCare, "独居老人需要定期探访", "{name}（{age}岁）独居，需志愿者每周探访、电话问候。", 4, 12, true, Normal, MinAge: 60, SoloOnly: true),
        new(C.ElderlyCare, "老年人需要定期探访", "{name}（{age}岁）年迈，子女不在身边，需志愿者定期探访。", 4, 12, true, Normal, MinAge: 55),
        new(C.ElderlyCare, "老人需要健康管理服务", "{name}（{age}岁）患高血压、糖尿病，需定期上门测量和健康指导。", 4, 8, true, Normal, MinAge: 55),
        new(C.DisabilityServices, "残疾人需要日间照料", "{name}（{age}岁）残疾，白天无人照看，需日间照料。", 4, 10, true, Normal),
        new(C.DisabilityServices, "残疾人需要辅具", "{name}（{age}岁）肢体残疾，需轮椅或助行器。", 1, 1, false, Normal),
        new(C.PolicyConsultation, "需要协助申请救助政策", "{name}家收入低于标准，需协助整理材料、代办低保申请。", null, null, false, High),
        new(C.PolicyConsultation, "需要医疗救助政策咨询", "{name}家医疗支出大，需了解并申请二次医疗救助。", null, null, false, Normal),
        new(C.TemporaryRelief, "因病致困需要临时救助", "{name}家成员住院，自付费用高，需临时救助金。", 1000, 3000, false, High),
        new(C.TemporaryRelief, "突发困难需要临时救助", "{name}家遭遇突发变故，生活暂时困难，需临时救助。", 500, 2000, false, Critical),
    ];

    private static readonly ILookup<string, Template> ByCategory = All.ToLookup(t => t.Category, StringComparer.Ordinal);

    /// <summary>The category's wordings that fit the household (an elderly person's wording is not used for a young adult).</summary>
    public static IReadOnlyList<Template> For(string category, int headAge, int members)
    {
        var fitting = ByCategory[category].Where(t => headAge >= t.MinAge && (!t.SoloOnly || members == 1)).ToList();
        return fitting.Count > 0 ? fitting : [.. ByCategory[category]];
    }

    public static string Fill(string text, string name, int age, string address) =>
        text.Replace("{name}", name, StringComparison.Ordinal)
            .Replace("{age}", age.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{address}", address, StringComparison.Ordinal);

    /// <summary>What the social worker writes when clearing a need that a match delivered.</summary>
    public static string ClearanceNote(string category, string provider) => category switch
    {
        C.MealDelivery => $"已由{provider}每日送餐上门，回访满意，销号。",
        C.GrainAndOil or C.DailyNecessities => $"{provider}物资已送达，户主签收，销号。",
        C.Haircut => $"{provider}每月上门理发已固定安排，销号。",
        C.MedicalEscort => $"{provider}已陪同就医，就诊顺利，销号。",
        C.HomeRepair => $"{provider}已上门完成维修，验收合格，销号。",
        C.Employment => $"经{provider}对接已上岗，回访稳定，销号。",
        C.TemporaryRelief => $"{provider}救助金已发放到户，销号。",
        _ => $"{provider}已提供服务，回访需求已满足，销号。",
    };

    /// <summary>Needs met by the community itself or by policy, without a provider on the platform.</summary>
    public static string ClearanceNoteWithoutMatch(string category) => category switch
    {
        C.PolicyConsultation => "已协助整理材料并代办申请，审批通过，首笔救助金已到账，销号。",
        C.TemporaryRelief => "已纳入临时救助，救助金发放到户，销号。",
        _ => "社区协调志愿者解决，回访需求已满足，销号。",
    };
}
