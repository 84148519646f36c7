using Marketplace.Core.Needs;
using static Marketplace.DemoData.Archetypes;

namespace Marketplace.DemoData;

/// <summary>
/// Where demo households live and how far their needs have come. Xianqiao holds the reported
/// figures exactly (286 people, 239 needs, 180 cleared, seed 003); elsewhere shares are plausible.
/// </summary>
internal static class Areas
{
    internal sealed record Staff(string Reporter, string Verifier, string[] Claimers, string? Officer = null);

    internal sealed record Area(
        string Key, string[] Scopes, string[] Exclude, int MinHouseholds, int MaxHouseholds,
        (Archetype Archetype, int Weight)[] Mix, DateOnly RegisteredFrom, DateOnly From, DateOnly To,
        int MinNeeds, int MaxNeeds, double ClearedShare, Staff Staff,
        int? ExactMembers = null, int? ExactNeeds = null, IReadOnlyDictionary<NeedStatus, int>? Quota = null);

    public const string Xianqiao = "xianqiao";
    public const string Xiaoyaojin = "xiaoyaojin";
    public const string Jingan = "jingan";
    public const string Xinjing = "xinjing";
    public const string Wencheng = "wencheng";
    public const string Xuzhou = "xuzhou";

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static readonly IReadOnlyList<Area> All =
    [
        new(Xianqiao, [DemoIds.XianqiaoCommunity], [], 120, 120,
            [(LoneElder, 30), (ElderlyCouple, 14), (DisabledAdult, 12), (ParentCaringForDisabledChild, 6), (SingleParent, 10), (SeriousIllness, 10), (Unemployed, 8), (HardshipSupport, 10)],
            D(2026, 5, 6), D(2026, 5, 6), D(2026, 10, 28), 1, 4, 0,
            new(DemoIds.GridXianqiao, DemoIds.GridXianqiao, [DemoIds.WorkerXianqiao, DemoIds.WorkerXianqiao, DemoIds.Worker2Xianqiao], DemoIds.OfficerXiaoyaojin),
            ExactMembers: 286, ExactNeeds: 239,
            Quota: new Dictionary<NeedStatus, int>
            {
                [NeedStatus.Cleared] = 180,
                [NeedStatus.InService] = 20,
                [NeedStatus.Matched] = 8,
                [NeedStatus.Claimed] = 13,
                [NeedStatus.Verified] = 9,
                [NeedStatus.Reported] = 9,
            }),
        new(Xiaoyaojin, [DemoIds.XiaoyaojinSubDistrict], [DemoIds.XianqiaoCommunity], 10, 14,
            [(LoneElder, 30), (ElderlyCouple, 15), (DisabledAdult, 12), (SingleParent, 10), (SeriousIllness, 10), (Unemployed, 10), (HardshipSupport, 8)],
            D(2026, 5, 10), D(2026, 5, 10), D(2026, 10, 30), 1, 2, 0.4,
            new(DemoIds.OfficerXiaoyaojin, DemoIds.OfficerXiaoyaojin, [DemoIds.Worker2Xianqiao])),
        new(Jingan, [DemoIds.JinganDistrict], [], 6, 9,
            [(SingleParent, 18), (SeriousIllness, 16), (Unemployed, 16), (DisabledAdult, 14), (LoneElder, 18), (ElderlyCouple, 10), (HardshipSupport, 8)],
            D(2025, 6, 1), D(2026, 1, 5), D(2026, 10, 30), 1, 2, 0.6,
            new(DemoIds.GridJingan, DemoIds.GridJingan, [DemoIds.WorkerJingan])),
        new(Xinjing, [DemoIds.XinjingTown], [], 4, 6,
            [(SingleParent, 15), (SeriousIllness, 20), (Unemployed, 15), (DisabledAdult, 15), (LoneElder, 20), (ElderlyCouple, 15)],
            D(2025, 6, 1), D(2026, 1, 5), D(2026, 10, 30), 1, 3, 0.5,
            new(DemoIds.WorkerXinjing, DemoIds.WorkerXinjing, [DemoIds.WorkerXinjing])),
        new(Wencheng, [DemoIds.WenchengCounty], [], 5, 7,
            [(LeftBehindChildren, 20), (LowIncomeFarmer, 24), (LoneElder, 18), (SeriousIllness, 12), (DisabledAdult, 10), (SingleParent, 10), (HardshipSupport, 6)],
            D(2025, 8, 1), D(2026, 1, 10), D(2026, 10, 30), 1, 3, 0.55,
            new(DemoIds.GridWencheng, DemoIds.GridWencheng, [DemoIds.WorkerWencheng])),
        new(Xuzhou, [DemoIds.XuzhouDevelopmentZone], [], 5, 7,
            [(SevereDisability, 40), (DisabledAdult, 30), (LoneElder, 10), (HardshipSupport, 10), (LowIncomeFarmer, 10)],
            D(2026, 3, 1), D(2026, 3, 1), D(2026, 10, 30), 1, 2, 0.6,
            new(DemoIds.WorkerXuzhou, DemoIds.WorkerXuzhou, [DemoIds.WorkerXuzhou])),
    ];

    /// <summary>How open needs outside Xianqiao spread over the open statuses, oldest first.</summary>
    public static readonly (NeedStatus Status, double Share)[] OpenSpread =
    [
        (NeedStatus.InService, 0.30), (NeedStatus.Matched, 0.12), (NeedStatus.Claimed, 0.25), (NeedStatus.Verified, 0.15), (NeedStatus.Reported, 0.18),
    ];

    public const double CancelledShare = 0.03;
}
