using Marketplace.Core.Projects;
using C = Marketplace.Core.Categories.CategoryCodes;

namespace Marketplace.DemoData;

/// <summary>
/// Charity projects. Wencheng's are the "10 公益项目" of seed 000 (the first three named there),
/// piloted in Xikeng, Huangtan and Juyu, plus the charity federation's festival drives; Jing'an's
/// are the "桥计划" brands of seed 001.
/// </summary>
internal static class Projects
{
    internal sealed record Spec(
        string Key, string OrganisationKey, string Name, string Description, string[] Categories, string[] Targets,
        int Capacity, DateOnly StartsOn, DateOnly? EndsOn, CharityProjectStatus Status, string? FundedBy = null);

    private static readonly string[] WenchengPilots = [DemoIds.XikengSheTown, DemoIds.HuangtanTown, DemoIds.JuyuTown];

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static readonly IReadOnlyList<Spec> All =
    [
        new("wei-nin-anjia", "wencheng-hongshe", "为您安家", "为低收入家庭改善居住环境：房屋修缮、添置必要家具家电。",
            [C.HomeRepair, C.DailyNecessities], WenchengPilots, 30, D(2026, 3, 1), D(2026, 12, 31), CharityProjectStatus.Active, "爱心企业联合发起"),
        new("guanai-chuying", "wencheng-lianchuang", "关爱雏鹰，为爱起航", "困境儿童课业辅导、心理陪伴与成长营。",
            [C.Tutoring, C.PsychologicalCounselling], WenchengPilots, 40, D(2026, 2, 15), D(2027, 1, 31), CharityProjectStatus.Active, "腾讯公益互联网募捐"),
        new("xingfu-heying", "wencheng-hongshe", "我和幸福合个影", "为低收入老人拍摄全家福、开展精神慰藉与走访探视。",
            [C.ElderlyCare, C.PsychologicalCounselling], WenchengPilots, 60, D(2026, 4, 1), D(2026, 12, 31), CharityProjectStatus.Active),
        new("hecheng-neighbours", "wencheng-hecheng-sisters", "鹤城大姐·邻里守望", "志愿者结对走访、生活照料。",
            [C.DailyLivingCare, C.ElderlyCare], [DemoIds.WenchengCounty], 80, D(2026, 1, 15), null, CharityProjectStatus.Active),
        new("she-sisters-craft", "wencheng-she-sisters", "畲大嫂·巧手共富", "畲族妇女手工技能培训与就近就业。",
            [C.Employment], [DemoIds.XikengSheTown], 25, D(2026, 3, 15), D(2026, 12, 31), CharityProjectStatus.Active),
        new("rehab-at-home", "wencheng-lianchuang", "助联体·康复到家", "残疾人、失能老人上门康复与辅具服务。",
            [C.Rehabilitation, C.DisabilityServices], WenchengPilots, 30, D(2026, 4, 1), D(2027, 3, 31), CharityProjectStatus.Active),
        new("winter-grain", "wencheng-charity", "冬日暖心·米面油送到家", "冬季为低收入家庭配送米面油。",
            [C.GrainAndOil], [DemoIds.WenchengCounty], 150, D(2026, 12, 1), D(2027, 2, 28), CharityProjectStatus.Planned),
        new("spring-grain", "wencheng-charity", "新春慰问·米面油", "春节前后为低收入家庭送米面油。",
            [C.GrainAndOil], [DemoIds.WenchengCounty], 200, D(2026, 1, 10), D(2026, 3, 31), CharityProjectStatus.Closed),
        new("law-in-villages", "wencheng-hongshe", "法律明白人进村", "法律咨询、政策宣讲与申请代办。",
            [C.LegalAid, C.PolicyConsultation], WenchengPilots, 50, D(2026, 2, 1), D(2026, 12, 31), CharityProjectStatus.Active),
        new("micro-landscape", "wencheng-she-sisters", "鲜然·共富工坊微景观培训", "微景观制作培训，结业后可在工坊计件就业。",
            [C.Employment], [DemoIds.XikengSheTown], 20, D(2026, 5, 1), D(2026, 11, 30), CharityProjectStatus.Active, "鲜然·共富工坊"),
        new("silver-meals", "wencheng-hecheng-sisters", "银龄助餐", "大峃镇高龄、独居老人助餐。",
            [C.MealDelivery], [DemoIds.DaxueTown], 40, D(2026, 1, 1), D(2026, 6, 30), CharityProjectStatus.Closed),
        new("jingan-two-hour-partner", "jingan-student-volunteers", "桥计划·两个小时的伙伴", "高校志愿者为困难家庭青少年儿童提供线上课业辅导与心理关怀。",
            [C.Tutoring, C.PsychologicalCounselling], [DemoIds.JinganDistrict], 131, D(2026, 1, 1), D(2026, 12, 31), CharityProjectStatus.Active),
        new("jingan-stepping-stone", "jingan-bridge", "铺路石公益英语口语课程", "困难家庭青少年英语口语公益课程。",
            [C.Tutoring], [DemoIds.CaojiaduSubDistrict, DemoIds.JiangningRoadSubDistrict, DemoIds.LinfenRoadSubDistrict, DemoIds.PengpuXincunSubDistrict, DemoIds.JinganTempleSubDistrict],
            40, D(2026, 2, 1), D(2026, 12, 31), CharityProjectStatus.Active),
        new("jingan-soul-station", "zhijiang-mind", "心灵驿站", "身心障碍者及家属的照护培训、健康管理与喘息服务。",
            [C.PsychologicalCounselling, C.DisabilityServices], [DemoIds.ZhijiangWestRoadSubDistrict, DemoIds.DaningRoadSubDistrict, DemoIds.BaoshanRoadSubDistrict],
            50, D(2026, 1, 15), D(2026, 12, 31), CharityProjectStatus.Active),
        new("jingan-3-1-x", "jingan-bridge", "“3+1+X”就业支持", "社会工作就业支持一条龙服务。",
            [C.Employment], [DemoIds.GongheXinRoadSubDistrict, DemoIds.TianmuWestRoadSubDistrict], 30, D(2026, 1, 1), D(2026, 12, 31), CharityProjectStatus.Active),
        new("jingan-healthy-ageing", "jingan-leling", "乐龄健康进社区", "困难老年群体健康管理与陪诊。",
            [C.ElderlyCare, C.MedicalEscort], [DemoIds.BeizhanSubDistrict, DemoIds.NanjingWestRoadSubDistrict, DemoIds.ShimenSecondRoadSubDistrict, DemoIds.PengpuTown],
            80, D(2026, 1, 1), D(2026, 12, 31), CharityProjectStatus.Active),
        new("xinjing-companion", "xinjing-sunshine", "陪伴式救助·一户一方案", "社会救助顾问为多重困境家庭定制陪伴式救助方案。",
            [C.PsychologicalCounselling, C.Employment, C.HomeRepair], [DemoIds.XinjingTown], 15, D(2026, 1, 1), D(2026, 12, 31), CharityProjectStatus.Active),
        new("xuzhou-damiao-day-care", "xuzhou-damiao-home", "残疾人之家·辅助性就业与日间照料", "集中康复训练、辅助性就业和日间照料。",
            [C.DisabilityServices, C.Employment], [DemoIds.DamiaoSubDistrict], 25, D(2026, 3, 1), D(2027, 2, 28), CharityProjectStatus.Active, "经开区财政预拨运营经费"),
        new("xuzhou-assessment-at-home", "xuzhou-disability-volunteers", "上门评残·办证零跑路", "协调卫健部门医生上门为卧床残疾人评残办证。",
            [C.DisabilityServices], [DemoIds.XuzhouDevelopmentZone], 80, D(2026, 3, 1), D(2026, 12, 31), CharityProjectStatus.Active),
        new("xuzhou-bathing", "xuzhou-disability-volunteers", "一村一居一品·助残助浴", "重度残疾人上门助浴。",
            [C.PersonalCare, C.DisabilityServices], [DemoIds.JinlonghuSubDistrict, DemoIds.DahuangshanSubDistrict], 40, D(2026, 4, 1), D(2026, 12, 31), CharityProjectStatus.Active),
    ];

    public static List<CharityProject> Build() =>
    [
        .. All.Select(spec =>
        {
            var id = DemoGuid.Project(spec.Key);
            return new CharityProject
            {
                Id = id,
                OrganisationId = DemoGuid.Organisation(spec.OrganisationKey),
                Name = spec.Name,
                Description = spec.Description,
                CategoryCodes = [.. spec.Categories],
                TargetRegions = [.. spec.Targets.Select(code => new CharityProjectTargetRegion { CharityProjectId = id, RegionCode = code })],
                CapacityHouseholds = spec.Capacity,
                RemainingCapacity = spec.Capacity,
                StartsOn = spec.StartsOn,
                EndsOn = spec.EndsOn,
                Status = spec.Status,
                FundedBy = spec.FundedBy,
            };
        }),
    ];
}
