using Marketplace.Core.Regions;
using Marketplace.Core.Risk;

namespace Marketplace.DemoData;

/// <summary>
/// Each demo district's minimum living standard (低保线) and low-income line (低收入线), monthly per
/// person in yuan, as published for 2024–2026 (rounded): what the risk model compares per-capita
/// incomes with. The low-income line is 2× the minimum in Shanghai and 1.5× in Anhui, Zhejiang and Jiangsu.
/// </summary>
internal static class IncomeLines
{
    public const string MinimumLiving = "MINIMUM_LIVING";
    public const string LowIncome = "LOW_INCOME";

    private sealed record Standard(decimal Minimum, decimal LowIncomeFactor, DateOnly From);

    // By the district's 6-digit code; Shanghai's districts share the city's standard.
    private static readonly Dictionary<string, Standard> ByDistrict = new(StringComparer.Ordinal)
    {
        ["340103"] = new(880m, 1.5m, new DateOnly(2024, 7, 1)),   // Hefei
        ["310106"] = new(1510m, 2m, new DateOnly(2024, 7, 1)),    // Shanghai
        ["310105"] = new(1510m, 2m, new DateOnly(2024, 7, 1)),
        ["310104"] = new(1510m, 2m, new DateOnly(2024, 7, 1)),
        ["330328"] = new(1090m, 1.5m, new DateOnly(2025, 1, 1)),  // Wenzhou, Wencheng county
        ["320371"] = new(830m, 1.5m, new DateOnly(2025, 1, 1)),   // Xuzhou
    };

    public static List<IncomeLine> Build(IEnumerable<Region> regions) =>
    [
        .. regions.Where(r => r.Level == RegionLevel.District).SelectMany(district =>
        {
            var standard = ByDistrict[district.Code[..6]];
            return new[]
            {
                new IncomeLine { Code = MinimumLiving, RegionCode = district.Code, Name = "低保线", NameEn = "Minimum living standard", MonthlyAmount = standard.Minimum, EffectiveFrom = standard.From },
                new IncomeLine { Code = LowIncome, RegionCode = district.Code, Name = "低收入线", NameEn = "Low-income line", MonthlyAmount = standard.Minimum * standard.LowIncomeFactor, EffectiveFrom = standard.From },
            };
        }),
    ];

    /// <summary>The minimum living standard of the district a community is in.</summary>
    public static decimal MinimumFor(string communityCode) => ByDistrict[communityCode[..6]].Minimum;
}
