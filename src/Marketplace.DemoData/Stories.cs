using Marketplace.Core.Households;
using Marketplace.Core.Needs;
using static Marketplace.Core.Households.AssistanceStatus;
using C = Marketplace.Core.Categories.CategoryCodes;
using L = Marketplace.Core.Labels.LabelCodes;

namespace Marketplace.DemoData;

/// <summary>
/// Households modelled on the people in the reports, so that the demo can tell their stories.
/// Names, ages and addresses are invented; the shape of each case follows its report.
/// </summary>
internal static class Stories
{
    private sealed record NeedSpec(
        string Category, string Summary, string Detail, int? Quantity, bool Recurring, Urgency Urgency,
        DateOnly ReportedOn, NeedStatus Status, string? Provider = null, bool WithoutMatch = false);

    private sealed record Spec(
        Guid Id, string AreaKey, string Community, string HeadName, bool Female, int Age, int Members,
        AssistanceStatus Status, RiskLevel Risk, string[] Labels, string Address, DateOnly RegisteredOn,
        Archetypes.Archetype Archetype, NeedSpec[] Needs);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static readonly Spec[] All =
    [
        // Seed 003: the mother fell in the summer; the community applied for the son's allowance, arranged meals, cleaning, a monthly haircut and festival goods.
        new(DemoIds.XianqiaoMotherAndSonHousehold, Areas.Xianqiao, DemoIds.XianqiaoCommunity, "吴秀英", true, 87, 2,
            MinimumLivingAllowance | Disability | ElderlyAlone, RiskLevel.High, [L.ElderlyCaringForDisabled, L.Elderly80Plus, L.Bedridden, L.SevereDisability],
            "县桥社区农机宿舍2栋101", D(2026, 7, 18), Archetypes.ParentCaringForDisabledChild,
            [
                new(C.PolicyConsultation, "需要协助申请低保", "吴秀英（87岁）洗澡时摔伤后卧床，儿子51岁、二级智力残疾，无收入；需帮助整理身份证、残疾证、诊断书，代办儿子的低保申请。", null, false, Urgency.High, D(2026, 7, 20), NeedStatus.Cleared, WithoutMatch: true),
                new(C.MealDelivery, "卧床老人和残疾子女需要助餐", "母子二人一日三餐无人做，需社区食堂每日送午餐、晚餐上门。", 30, true, Urgency.High, D(2026, 7, 20), NeedStatus.Cleared, "xianqiao-canteen"),
                new(C.DailyLivingCare, "需要志愿者定期上门做饭、打扫", "需志愿者每周上门两次做饭、打扫，照看卧床的吴秀英。", 8, true, Urgency.Normal, D(2026, 7, 22), NeedStatus.Cleared, "luzhou-neighbours"),
                new(C.Haircut, "行动不便需要每月上门理发", "母子均无法外出理发，需爱心理发师每月上门。", 6, true, Urgency.Low, D(2026, 8, 3), NeedStatus.InService, "xiaoyaojin-barber"),
                new(C.GrainAndOil, "节日慰问物资（米面油）", "中秋节前为吴秀英家送米、面、油。", 1, false, Urgency.Low, D(2026, 9, 15), NeedStatus.Cleared, "xianqiao-supermarket"),
                new(C.MedicalEscort, "卧床老人需要下楼就医协助", "吴秀英复查需下楼就医，楼内无电梯，需两人背扶。", 2, false, Urgency.High, D(2026, 8, 10), NeedStatus.Cleared, "xindun-security"),
            ]),
        // Seed 002: a young woman alone after her father's death, with depression and illness; counselling, medical aid, house repair, debts, work.
        new(DemoIds.XinjingYoungWomanHousehold, Areas.Xinjing, DemoIds.SonghongCommunity, "叶晴", true, 24, 1,
            MinimumLivingAllowance, RiskLevel.High, [L.LivingAlone, L.MentalIllness, L.ChronicIllness, L.DebtHardship],
            "淞虹居民区淞虹路288弄6号101室", D(2026, 1, 12), Archetypes.Unemployed,
            [
                new(C.PsychologicalCounselling, "需要长期心理咨询", "叶晴（24岁）父亲去世后独居，抑郁、自闭，长期不出门；需专业咨询师持续心理咨询。", 8, true, Urgency.Critical, D(2026, 1, 12), NeedStatus.InService, "xinjing-sunshine"),
                new(C.MedicalEscort, "需要对接医疗救助并陪同就医", "糖尿病、脑垂体瘤、肾功能减退，需链接医疗救助并陪同就诊、手术。", 4, false, Urgency.High, D(2026, 1, 12), NeedStatus.Cleared, "xinjing-health-centre"),
                new(C.HomeRepair, "房屋需要整修", "底楼住房年久失修，整修后可分区出租以缓解债务。", null, false, Urgency.Normal, D(2026, 2, 20), NeedStatus.Cleared, "changning-yishan"),
                new(C.TemporaryRelief, "遗留债务需要纾困资金", "父亲遗留家庭债务，需公募资金纾困。", 20000, false, Urgency.High, D(2026, 2, 20), NeedStatus.Cleared, "changning-yishan"),
                new(C.Employment, "希望接受继续教育并就业", "身体好转后希望继续教育、找到工作，摆脱救助依赖。", null, false, Urgency.Normal, D(2026, 4, 10), NeedStatus.Cleared, "tianshan-training"),
                new(C.LegalAid, "需要债务问题法律咨询", "需律师梳理父亲遗留债务的继承与偿还问题。", null, false, Urgency.Normal, D(2026, 3, 5), NeedStatus.Claimed),
            ]),
        // Seed 000: the father in Longxi village, wife with a mental illness, two young children; allowance and second medical aid.
        new(DemoIds.LongxiFatherHousehold, Areas.Wencheng, DemoIds.LongxiVillage, "潘建国", false, 41, 4,
            MinimumLivingAllowance | ChildrenInDifficulty, RiskLevel.High, [L.Disability, L.MentalIllness, L.YoungChildren, L.SchoolChildren],
            "大峃镇龙溪村3组27号", D(2026, 1, 15), Archetypes.SingleParent,
            [
                new(C.PolicyConsultation, "需要医疗救助政策咨询", "潘建国妻子患精神疾病，医疗支出大；需申请二次医疗救助。", null, false, Urgency.High, D(2026, 1, 20), NeedStatus.Cleared, WithoutMatch: true),
                new(C.GrainAndOil, "困难家庭需要米面油", "春节前为潘建国家送米面油。", 2, false, Urgency.Normal, D(2026, 1, 20), NeedStatus.Cleared, "wencheng-charity"),
                new(C.DailyLivingCare, "需要上门生活照料", "妻子无法照顾孩子，需志愿者每周上门帮助照料家务和孩子。", 8, true, Urgency.Normal, D(2026, 3, 2), NeedStatus.InService, "wencheng-hecheng-sisters"),
                new(C.Tutoring, "困难家庭孩子需要课业辅导", "两个孩子上小学，家长无力辅导功课。", 20, true, Urgency.Normal, D(2026, 9, 10), NeedStatus.Verified),
            ]),
        // Seed 000: the mother in Rangchuan whose children attend the She ethnic school and who wants work close by.
        new(DemoIds.RangchuanMotherHousehold, Areas.Wencheng, DemoIds.RangchuanVillage, "蓝美玲", true, 39, 3,
            MinimumLivingAllowance | ChildrenInDifficulty, RiskLevel.Medium, [L.SingleParent, L.EthnicSchool, L.WantsWorkNearby, L.SchoolChildren],
            "西坑畲族镇让川村5组12号", D(2026, 3, 5), Archetypes.SingleParent,
            [
                new(C.Employment, "希望在孩子学校附近就业", "蓝美玲（39岁）两个孩子在镇民族学校就读，希望就近就业，可参加微景观制作。", null, false, Urgency.Normal, D(2026, 3, 8), NeedStatus.Cleared, "wencheng-xianran-workshop"),
                new(C.HomeRepair, "老旧住房需要维修", "屋内杂乱、门窗破损，需改善居住环境。", null, false, Urgency.Normal, D(2026, 3, 8), NeedStatus.Cleared, "wei-nin-anjia"),
                new(C.Tutoring, "困难家庭孩子需要课业辅导", "两个孩子需要课业辅导和成长陪伴。", 20, true, Urgency.Normal, D(2026, 4, 15), NeedStatus.InService, "guanai-chuying"),
            ]),
        // Seed 004: a man with a severe disability, bedridden for years, no children; volunteers clean his home.
        new(DemoIds.XiaoshanBedriddenHousehold, Areas.Xuzhou, DemoIds.XiaoshanCommunity, "孙大海", false, 63, 1,
            Disability | ExtremeHardship, RiskLevel.High, [L.SevereDisability, L.Bedridden, L.NoChildren, L.TwoDisabilityAllowances, L.LivingAlone],
            "晓山社区晓山新村4号楼1单元102", D(2026, 3, 6), Archetypes.SevereDisability,
            [
                new(C.Housekeeping, "需要定期上门家居清扫", "孙大海（63岁）常年瘫痪在床，哥嫂只能偶尔照顾，需志愿者定期上门清扫。", 4, true, Urgency.Normal, D(2026, 3, 6), NeedStatus.InService, "xuzhou-xiaoshan-canxie"),
                new(C.MedicalEscort, "卧床需要上门义诊和褥疮清洗", "长期卧床有褥疮，需社区卫生服务站上门义诊、清洗。", 4, false, Urgency.High, D(2026, 3, 20), NeedStatus.Cleared, "jinlonghu-health"),
                new(C.TemporaryRelief, "助残日慰问", "助残日前走访慰问，送慰问金和慰问品。", 500, false, Urgency.Low, D(2026, 5, 10), NeedStatus.Cleared, WithoutMatch: true),
                new(C.PersonalCare, "卧床人员需要上门助浴", "需每月上门助浴两次。", 2, true, Urgency.Normal, D(2026, 10, 20), NeedStatus.Matched, "xuzhou-bathing"),
            ]),
    ];

    public static (List<HouseholdDraft> Households, List<NeedDraft> Needs) Build(
        Random random, IReadOnlyDictionary<string, Areas.Area> areas, IReadOnlyDictionary<string, Geography.Place> communities)
    {
        var households = new List<HouseholdDraft>();
        var needs = new List<NeedDraft>();
        foreach (var spec in All)
        {
            var place = communities[spec.Community];
            var birthDate = People.BirthDate(random, spec.Age);
            var household = new Household
            {
                Id = spec.Id,
                CommunityCode = spec.Community,
                Location = Households.HomeIn(random, place),
                MemberCount = spec.Members,
                AssistanceStatus = spec.Status,
                RiskLevel = spec.Risk,
                Labels = [.. spec.Labels],
                RegisteredAt = Households.At(spec.RegisteredOn, random),
                Personal = new HouseholdPersonalData
                {
                    HouseholdId = spec.Id,
                    HeadName = spec.HeadName,
                    Phone = People.Phone(9000 + households.Count),
                    IdNumber = People.IdNumber(random, spec.Community, birthDate, spec.Female),
                    Address = spec.Address,
                },
            };
            var draft = new HouseholdDraft(household, spec.Archetype, spec.HeadName, spec.Age, spec.Address, areas[spec.AreaKey], IsStory: true);
            households.Add(draft);
            for (var i = 0; i < spec.Needs.Length; i++)
            {
                var need = spec.Needs[i];
                var reportedAt = Households.At(need.ReportedOn, random);
                if (reportedAt < household.RegisteredAt)
                {
                    reportedAt = household.RegisteredAt.AddHours(1);
                }
                needs.Add(new NeedDraft
                {
                    Household = draft,
                    Index = i,
                    Category = need.Category,
                    Summary = need.Summary,
                    Detail = need.Detail,
                    Quantity = need.Quantity,
                    Recurring = need.Recurring,
                    Urgency = need.Urgency,
                    ReportedAt = reportedAt,
                    DueDate = Households.DueDate(random, reportedAt, need.Urgency, need.Recurring),
                    Status = need.Status,
                    Provider = need.Provider,
                    WithoutMatch = need.WithoutMatch,
                });
            }
        }
        return (households, needs);
    }
}
