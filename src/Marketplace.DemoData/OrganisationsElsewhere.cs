using System.Globalization;
using static Marketplace.DemoData.Organisations;
using static Marketplace.Core.Organisations.OrganisationKind;
using static Marketplace.Core.Resources.ResourceKind;
using C = Marketplace.Core.Categories.CategoryCodes;

namespace Marketplace.DemoData;

/// <summary>
/// Units and social organisations of Jing'an (a sample of the 52 units and 124 organisations of
/// seed 001), Xinjing (seed 002), Wencheng (seed 000) and the Xuzhou zone (seed 004).
/// </summary>
internal static class OrganisationsElsewhere
{
    // First community of a sub-district, where its unit sits.
    private static string At(string subDistrictCode, int community = 1) =>
        subDistrictCode[..9] + community.ToString("000", CultureInfo.InvariantCulture);

    private static string Village(string townCode, int village = 1) => At(townCode, 200 + village);

    public static readonly IReadOnlyList<Group> Groups =
    [
        new([DemoIds.JiangjiaxiangCommunity], new DateOnly(2025, 11, 20),
        [
            new("jingan-bridge", "静安区桥梁社会工作服务中心", SocialOrganisation, "“桥计划”项目执行机构，社区救助顾问与个案服务。",
                [new(C.PsychologicalCounselling, Service, "守护弱势关怀专线", 300, 5000), new(C.PolicyConsultation, Service, "社区救助顾问上门", 200, 5000)], At(DemoIds.JiangningRoadSubDistrict)),
            new("jingan-student-volunteers", "静安区高校志愿者联盟", SocialOrganisation, "“两个小时的伙伴”高校志愿者。",
                [new(C.Tutoring, VolunteerTime, "两个小时的伙伴·线上课业辅导", 6000, 5000)], At(DemoIds.NanjingWestRoadSubDistrict)),
            new("jingan-federation", "静安区社会组织联合会", SocialOrganisation, "区级社会组织枢纽。",
                [new(C.DailyLivingCare, VolunteerTime, "社区互助照料", 300, 5000)], At(DemoIds.JinganTempleSubDistrict)),
            new("jingan-leling", "上海乐龄家园养老服务社", SocialOrganisation, "社区养老服务。",
                [new(C.ElderlyCare, Service, "居家养老上门服务", 300, 5000), new(C.MealDelivery, Service, "长者助餐", 3000, 3000)], At(DemoIds.PengpuXincunSubDistrict)),
            new("jingan-temple-canteen", "静安寺社区长者食堂", Enterprise, "社区长者食堂。",
                [new(C.MealDelivery, Service, "助餐送餐", 2500, 3000)], At(DemoIds.JinganTempleSubDistrict, 2)),
            new("jiangning-grain", "上海江宁粮油商行", Enterprise, "粮油商行。",
                [new(C.GrainAndOil, Goods, "米面油爱心包", 300, 5000)], At(DemoIds.JiangningRoadSubDistrict, 2)),
            new("daning-supermarket", "大宁生活超市", Enterprise, "社区超市。",
                [new(C.GrainAndOil, Goods, "米面油套装", 200, 5000), new(C.DailyNecessities, Goods, "生活用品包", 150, 5000)], At(DemoIds.DaningRoadSubDistrict)),
            new("caojiadu-optical", "上海曹家渡眼镜店", Enterprise, "眼镜店。",
                [new(C.EyeCare, Service, "免费验光配镜", 100, 4000)], At(DemoIds.CaojiaduSubDistrict)),
            new("pengpu-rehab", "彭浦康复护理站", Enterprise, "康复护理机构。",
                [new(C.Rehabilitation, Service, "上门康复训练", 200, 5000), new(C.PersonalCare, Service, "上门护理", 100, 5000)], At(DemoIds.PengpuTown)),
            new("daning-property", "上海大宁物业管理有限公司", Enterprise, "物业公司。",
                [new(C.Employment, Job, "保洁、秩序维护岗位", 12, 5000), new(C.HomeRepair, Service, "居家小修", 40, 4000)], At(DemoIds.DaningRoadSubDistrict, 2)),
            new("jingan-lawyers", "静安区律师志愿团", SocialOrganisation, "律师志愿者。",
                [new(C.LegalAid, Service, "法律咨询与援助", 80, 5000)], At(DemoIds.TianmuWestRoadSubDistrict)),
            new("beizhan-housekeeping", "上海北站家政服务有限公司", Enterprise, "家政企业。",
                [new(C.Housekeeping, Service, "公益保洁", 200, 5000), new(C.DailyLivingCare, Service, "上门照料", 100, 5000)], At(DemoIds.BeizhanSubDistrict)),
            new("zhijiang-mind", "芷江西路心理健康服务社", SocialOrganisation, "“心灵驿站”项目执行机构。",
                [new(C.PsychologicalCounselling, Service, "心理疏导", 150, 5000), new(C.DisabilityServices, Service, "照护者喘息服务", 60, 5000)], At(DemoIds.ZhijiangWestRoadSubDistrict)),
            new("baoshan-disability", "上海宝山路助残服务社", SocialOrganisation, "助残社会组织。",
                [new(C.DisabilityServices, Service, "助残上门服务", 100, 5000), new(C.MedicalEscort, Service, "陪同就医", 80, 5000)], At(DemoIds.BaoshanRoadSubDistrict)),
            new("qihang-training", "上海启航职业技能培训学校", Enterprise, "职业技能培训。",
                [new(C.Employment, Service, "就业技能培训名额", 40, 5000)], At(DemoIds.GongheXinRoadSubDistrict)),
            new("linfen-barber", "临汾路爱心理发室", Enterprise, "理发室。",
                [new(C.Haircut, Service, "上门理发", 200, 3000)], At(DemoIds.LinfenRoadSubDistrict)),
            new("shimen-health-centre", "石门二路社区卫生服务中心", Enterprise, "社区卫生服务中心。",
                [new(C.MedicalEscort, Service, "家庭医生陪诊", 100, 4000), new(C.ElderlyCare, Service, "老年人健康管理", 200, 4000)], At(DemoIds.ShimenSecondRoadSubDistrict)),
            new("jingan-charity", "静安区慈善公益基金会", SocialOrganisation, "慈善基金会。",
                [new(C.TemporaryRelief, Funds, "困难家庭临时救助金", 100000, 5000)], At(DemoIds.NanjingWestRoadSubDistrict, 2)),
            new("pengpu-appliance", "上海静安电器维修服务部", Enterprise, "家电维修。",
                [new(C.HomeRepair, Service, "家电与线路检修", 60, 5000)], At(DemoIds.PengpuXincunSubDistrict, 2)),
        ]),
        new([DemoIds.SonghongCommunity], new DateOnly(2025, 11, 20),
        [
            new("xinjing-sunshine", "新泾镇阳光心理工作室", SocialOrganisation, "专业心理咨询工作室。",
                [new(C.PsychologicalCounselling, Service, "专业心理咨询", 60, 5000)], DemoIds.SonghongCommunity),
            new("changning-yishan", "长宁区益善公益基金会", SocialOrganisation, "公益平台公募资金。",
                [new(C.TemporaryRelief, Funds, "公募纾困资金", 50000, 5000), new(C.HomeRepair, Service, "困难家庭房屋整修", 10, 5000)], At(DemoIds.XinjingTown, 2)),
            new("xinjing-health-centre", "新泾镇社区卫生服务中心", Enterprise, "社区卫生服务中心。",
                [new(C.MedicalEscort, Service, "医疗救助对接与陪诊", 60, 5000)], At(DemoIds.XinjingTown, 3)),
            new("tianshan-training", "上海天山职业培训中心", Enterprise, "职业培训。",
                [new(C.Employment, Service, "继续教育与职业培训名额", 20, 5000)], At(DemoIds.XinjingTown, 4)),
            new("songhong-supermarket", "淞虹便民超市", Enterprise, "社区超市。",
                [new(C.GrainAndOil, Goods, "米面油", 80, 3000)], DemoIds.SonghongCommunity),
        ]),
        new([DemoIds.LongxiVillage], new DateOnly(2025, 11, 25),
        [
            new("wencheng-hongshe", "文成县“红社智库”智慧救助服务联合体", SocialOrganisation, "县级助联体，统筹“需求库”“资源库”与公益项目。",
                [new(C.PolicyConsultation, Service, "助联体“政策找人”上门服务", 300, 5000)], Village(DemoIds.DaxueTown, 1)),
            new("wencheng-lianchuang", "文成县联创社会工作服务中心", SocialOrganisation, "专业社工机构。",
                [new(C.PsychologicalCounselling, Service, "社工心理疏导", 100, 5000)], Village(DemoIds.DaxueTown, 2)),
            new("wencheng-hecheng-sisters", "“鹤城大姐”志愿服务社", SocialOrganisation, "文成县社会组织品牌。",
                [new(C.DailyLivingCare, VolunteerTime, "鹤城大姐上门照料", 200, 5000), new(C.ElderlyCare, VolunteerTime, "走访探视", 200, 5000)], Village(DemoIds.DaxueTown, 3)),
            new("wencheng-she-sisters", "“畲大嫂”志愿服务队", SocialOrganisation, "西坑畲族镇社会组织品牌。",
                [new(C.DailyLivingCare, VolunteerTime, "畲大嫂邻里互助", 150, 5000)], Village(DemoIds.XikengSheTown, 1)),
            new("wencheng-xianran-workshop", "鲜然·共富工坊", Enterprise, "共富工坊，微景观制作，家门口就业。",
                [new(C.Employment, Job, "微景观制作岗位（计件）", 30, 5000)], Village(DemoIds.XikengSheTown, 2)),
            new("wencheng-charity", "文成县慈善总会", SocialOrganisation, "慈善组织。",
                [new(C.TemporaryRelief, Funds, "低收入家庭临时救助金", 80000, 5000), new(C.GrainAndOil, Goods, "米面油", 200, 5000)], Village(DemoIds.DaxueTown, 1)),
            new("huangtan-health", "黄坦镇卫生院", Enterprise, "乡镇卫生院。",
                [new(C.MedicalEscort, Service, "上门诊疗、陪同就医", 60, 5000)], Village(DemoIds.HuangtanTown, 2)),
            new("juyu-bees", "巨屿镇中蜂养殖专业合作社", Enterprise, "中蜂折股量化，低收入家庭认养。",
                [new(C.Employment, Job, "中蜂养殖帮工", 20, 5000)], Village(DemoIds.JuyuTown, 1)),
            new("yuhu-supermarket", "玉壶镇侨联爱心超市", Enterprise, "侨乡爱心超市。",
                [new(C.GrainAndOil, Goods, "米面油", 100, 5000), new(C.DailyNecessities, Goods, "生活用品", 80, 5000)], Village(DemoIds.YuhuTown, 1)),
            new("yuhu-workshop", "玉壶镇侨乡共富工坊", Enterprise, "来料加工，家门口就业。",
                [new(C.Employment, Job, "来料加工岗位", 20, 5000)], Village(DemoIds.YuhuTown, 2)),
            new("daxue-workshop", "大峃镇共富工坊", Enterprise, "来料加工，公益性岗位。",
                [new(C.Employment, Job, "来料加工、公益性岗位", 30, 5000)], Village(DemoIds.DaxueTown, 2)),
            new("daxue-canteen", "大峃镇老年食堂", Enterprise, "老年助餐。",
                [new(C.MealDelivery, Service, "老年助餐", 1500, 5000), new(C.Housekeeping, Service, "助洁上门", 80, 5000)], Village(DemoIds.DaxueTown, 3)),
            new("wencheng-hospital-volunteers", "文成县人民医院志愿服务队", SocialOrganisation, "医院志愿者，陪诊与眼科义诊。",
                [new(C.MedicalEscort, VolunteerTime, "陪同就医", 80, 5000), new(C.EyeCare, Service, "眼科义诊", 60, 5000), new(C.Rehabilitation, Service, "康复指导", 60, 5000)], Village(DemoIds.DaxueTown, 1)),
            new("wencheng-school-volunteers", "文成中学青年志愿者协会", SocialOrganisation, "中学生志愿者。",
                [new(C.Tutoring, VolunteerTime, "结对课业辅导", 400, 5000)], Village(DemoIds.DaxueTown, 3)),
            new("shanxi-grain", "珊溪镇爱心粮油店", Enterprise, "粮油店。",
                [new(C.GrainAndOil, Goods, "米面油", 80, 5000)], Village(DemoIds.ShanxiTown, 1)),
            new("baizhangji-builders", "百丈漈镇农房维修队", Enterprise, "农房维修。",
                [new(C.HomeRepair, Service, "农房修缮", 25, 5000)], Village(DemoIds.BaizhangjiTown, 1)),
            new("nantian-volunteers", "南田镇志愿服务队", SocialOrganisation, "乡镇志愿者。",
                [new(C.ElderlyCare, VolunteerTime, "走访探视", 120, 5000), new(C.DailyLivingCare, VolunteerTime, "上门照料", 80, 5000)], Village(DemoIds.NantianTown, 1)),
        ]),
        new([DemoIds.XiaoshanCommunity], new DateOnly(2026, 1, 15),
        [
            new("xuzhou-xiaoshan-canxie", "晓山社区残疾人协会", SocialOrganisation, "村（社区）残协，党支部书记任主席，残协专委结对帮扶。",
                [new(C.Housekeeping, VolunteerTime, "志愿者定期上门家居清扫", 150, 3000), new(C.DisabilityServices, Service, "残协专委结对走访", 200, 3000)], DemoIds.XiaoshanCommunity),
            new("xuzhou-damiao-home", "大庙街道联创残疾人之家", SocialOrganisation, "残疾人辅助性就业与日间照料。",
                [new(C.DisabilityServices, Service, "日间照料", 25, 5000), new(C.Employment, Job, "辅助性就业岗位", 20, 5000)], At(DemoIds.DamiaoSubDistrict)),
            new("xuzhou-disability-volunteers", "徐州经开区助残志愿者协会", SocialOrganisation, "助残志愿者。",
                [new(C.DisabilityServices, VolunteerTime, "助残助浴", 100, 5000), new(C.PersonalCare, VolunteerTime, "上门助浴", 60, 5000)], At(DemoIds.JinshanqiaoSubDistrict)),
            new("jinlonghu-health", "金龙湖社区卫生服务站", Enterprise, "社区卫生服务站，与残协互助共建。",
                [new(C.Rehabilitation, Service, "上门康复指导", 150, 5000), new(C.MedicalEscort, Service, "上门义诊、褥疮清洗", 100, 5000)], DemoIds.CuihuCommunity),
            new("xuzhou-assistive", "徐州康复辅具服务中心", Enterprise, "辅具适配。",
                [new(C.DisabilityServices, Goods, "轮椅、助行器", 40, 5000)], At(DemoIds.DahuangshanSubDistrict, 2)),
            new("donghuan-supermarket", "东环爱心超市", Enterprise, "社区超市。",
                [new(C.GrainAndOil, Goods, "米面油", 150, 5000)], At(DemoIds.DonghuanSubDistrict, 2)),
            new("hanfeng-lawyers", "徐州汉风律师事务所", Enterprise, "律师事务所。",
                [new(C.LegalAid, Service, "残疾人法律援助", 50, 5000)], At(DemoIds.JinshanqiaoSubDistrict, 2)),
            new("xuzhuang-health", "徐庄镇卫生院", Enterprise, "乡镇卫生院，配合上门评残。",
                [new(C.DisabilityServices, Service, "上门评残协助", 40, 5000), new(C.MedicalEscort, Service, "上门义诊", 50, 5000)], Village(DemoIds.XuzhuangTown, 2)),
            new("dahuangshan-home", "大黄山街道残疾人之家", SocialOrganisation, "康复训练与技能培训。",
                [new(C.DisabilityServices, Service, "康复训练、技能培训", 40, 5000), new(C.Employment, Service, "残疾人就业培训", 20, 5000)], DemoIds.LaohurenjiaCommunity),
            new("damiao-health", "大庙街道社区卫生服务中心", Enterprise, "社区卫生服务中心。",
                [new(C.MedicalEscort, Service, "上门义诊", 80, 5000), new(C.Rehabilitation, Service, "上门康复", 80, 5000)], At(DemoIds.DamiaoSubDistrict, 2)),
            new("donghuan-health", "东环街道社区卫生服务中心", Enterprise, "社区卫生服务中心。",
                [new(C.MedicalEscort, Service, "上门义诊", 80, 5000), new(C.Rehabilitation, Service, "上门康复", 80, 5000)], At(DemoIds.DonghuanSubDistrict)),
            new("xuzhou-housekeeping", "徐州经开区家政服务中心", Enterprise, "家政企业。",
                [new(C.Housekeeping, Service, "助残保洁", 120, 5000), new(C.DailyLivingCare, Service, "上门照料", 80, 5000)], At(DemoIds.DahuangshanSubDistrict)),
        ]),
    ];
}
