namespace Marketplace.DemoData;

/// <summary>
/// Well-known codes, ids and logins of the demo data, for tests, docs and the demo users. Ids are
/// derived from stable keys (see <see cref="DemoGuid"/>), so they are the same on every run.
/// </summary>
public static class DemoIds
{
    // Hefei, Luyang district: the Xianqiao story (seed 003).
    public const string LuyangDistrict = "340103000000";
    public const string BozhouluSubDistrict = "340103001000";
    public const string BeiyoufangCommunity = "340103001001";
    public const string XiaoyaojinSubDistrict = "340103002000";
    public const string XianqiaoCommunity = "340103002001";
    public const string AnqingluCommunity = "340103002002";
    public const string XiaodongmenCommunity = "340103002003";
    public const string HuizhouDadaoCommunity = "340103002004";

    // Shanghai, Jing'an district (seed 001): 14 sub-districts and towns.
    public const string JinganDistrict = "310106000000";
    public const string JiangningRoadSubDistrict = "310106006000";
    public const string ShimenSecondRoadSubDistrict = "310106011000";
    public const string NanjingWestRoadSubDistrict = "310106012000";
    public const string JinganTempleSubDistrict = "310106013000";
    public const string CaojiaduSubDistrict = "310106014000";
    public const string TianmuWestRoadSubDistrict = "310106015000";
    public const string BeizhanSubDistrict = "310106016000";
    public const string BaoshanRoadSubDistrict = "310106017000";
    public const string GongheXinRoadSubDistrict = "310106018000";
    public const string DaningRoadSubDistrict = "310106019000";
    public const string PengpuXincunSubDistrict = "310106020000";
    public const string LinfenRoadSubDistrict = "310106021000";
    public const string ZhijiangWestRoadSubDistrict = "310106022000";
    public const string PengpuTown = "310106101000";
    public const string JiangjiaxiangCommunity = "310106006001";
    public const string CaojiaduKangdingCommunity = "310106014001";

    // Shanghai, Changning district, Xinjing town (seed 002) and Xuhui district.
    public const string ChangningDistrict = "310105000000";
    public const string XinjingTown = "310105102000";
    public const string SonghongCommunity = "310105102001";
    public const string XuhuiDistrict = "310104000000";
    public const string XujiahuiSubDistrict = "310104007000";

    // Wenzhou, Wencheng county (seed 000); the three project pilot townships are Xikeng, Huangtan, Juyu.
    public const string WenchengCounty = "330328000000";
    public const string DaxueTown = "330328100000";
    public const string LongxiVillage = "330328100201";
    public const string BaizhangjiTown = "330328101000";
    public const string XukouTown = "330328102000";
    public const string HuangtanTown = "330328103000";
    public const string XikengSheTown = "330328104000";
    public const string RangchuanVillage = "330328104201";
    public const string YuhuTown = "330328105000";
    public const string NantianTown = "330328106000";
    public const string ShanxiTown = "330328107000";
    public const string JuyuTown = "330328108000";

    // Xuzhou economic and technological development zone (seed 004).
    public const string XuzhouDevelopmentZone = "320371000000";
    public const string JinlonghuSubDistrict = "320371001000";
    public const string XiaoshanCommunity = "320371001001";
    public const string CuihuCommunity = "320371001002";
    public const string DahuangshanSubDistrict = "320371002000";
    public const string LaohurenjiaCommunity = "320371002001";
    public const string DamiaoSubDistrict = "320371003000";
    public const string DonghuanSubDistrict = "320371004000";
    public const string ZhongwangzhuangCommunity = "320371004001";
    public const string JinshanqiaoSubDistrict = "320371005000";
    public const string XuzhuangTown = "320371100000";
    public const string LongtianVillage = "320371100201";

    // Organisations near Xianqiao (the report's 60+ units).
    public static readonly Guid HefeiTelecomBranch = DemoGuid.Organisation("hefei-telecom");
    public static readonly Guid HousekeepingFirm = DemoGuid.Organisation("wansao-housekeeping");
    public static readonly Guid EyeHospital = DemoGuid.Organisation("purui-eye-hospital");
    public static readonly Guid SecurityFirm = DemoGuid.Organisation("xindun-security");
    public static readonly Guid XianqiaoCanteen = DemoGuid.Organisation("xianqiao-canteen");
    public static readonly Guid BarberShop = DemoGuid.Organisation("xiaoyaojin-barber");
    public static readonly Guid Pharmacy = DemoGuid.Organisation("luyang-pharmacy");
    public static readonly Guid LawFirm = DemoGuid.Organisation("xiaoyaojin-law-firm");
    public static readonly Guid Supermarket = DemoGuid.Organisation("xianqiao-supermarket");
    public static readonly Guid LuyangSocialWorkCentre = DemoGuid.Organisation("luyang-social-work");

    // Elsewhere.
    public static readonly Guid JinganBridgeSocialWork = DemoGuid.Organisation("jingan-bridge");
    public static readonly Guid JinganStudentVolunteers = DemoGuid.Organisation("jingan-student-volunteers");
    public static readonly Guid XinjingSunshineCounselling = DemoGuid.Organisation("xinjing-sunshine");
    public static readonly Guid WenchengHongsheAlliance = DemoGuid.Organisation("wencheng-hongshe");
    public static readonly Guid WenchengLianchuangSocialWork = DemoGuid.Organisation("wencheng-lianchuang");
    public static readonly Guid HechengSisters = DemoGuid.Organisation("wencheng-hecheng-sisters");
    public static readonly Guid SheSisters = DemoGuid.Organisation("wencheng-she-sisters");
    public static readonly Guid XianranWorkshop = DemoGuid.Organisation("wencheng-xianran-workshop");
    public static readonly Guid XiaoshanDisabledPersonsAssociation = DemoGuid.Organisation("xuzhou-xiaoshan-canxie");
    public static readonly Guid DamiaoHomeForDisabled = DemoGuid.Organisation("xuzhou-damiao-home");

    // Charity projects.
    public static readonly Guid ProjectWeiNinAnjia = DemoGuid.Project("wei-nin-anjia");
    public static readonly Guid ProjectGuanaiChuying = DemoGuid.Project("guanai-chuying");
    public static readonly Guid ProjectHappinessPortrait = DemoGuid.Project("xingfu-heying");
    public static readonly Guid ProjectTwoHourPartner = DemoGuid.Project("jingan-two-hour-partner");
    public static readonly Guid ProjectDamiaoDayCare = DemoGuid.Project("xuzhou-damiao-day-care");

    // Resources.
    public static readonly Guid HefeiTelecomSmartphoneClass = DemoGuid.Resource("hefei-telecom", 0);
    public static readonly Guid HousekeepingCleaning = DemoGuid.Resource("wansao-housekeeping", 0);
    public static readonly Guid EyeHospitalScreening = DemoGuid.Resource("purui-eye-hospital", 0);
    public static readonly Guid BarberHomeHaircut = DemoGuid.Resource("xiaoyaojin-barber", 0);

    // Households the reports tell about (names, ages and details invented).
    /// <summary>Seed 003: an 87-year-old mother, bedridden after a fall, and her son with an intellectual disability.</summary>
    public static readonly Guid XianqiaoMotherAndSonHousehold = DemoGuid.Household("story:xianqiao-nongji");
    /// <summary>Seed 002: a young woman living alone after her father's death, depression and illness.</summary>
    public static readonly Guid XinjingYoungWomanHousehold = DemoGuid.Household("story:xinjing-young-woman");
    /// <summary>Seed 000: a father of two young children whose wife has a mental illness.</summary>
    public static readonly Guid LongxiFatherHousehold = DemoGuid.Household("story:wencheng-longxi");
    /// <summary>Seed 000: a mother of two who wants work near her children's school.</summary>
    public static readonly Guid RangchuanMotherHousehold = DemoGuid.Household("story:wencheng-rangchuan");
    /// <summary>Seed 004: a man with a severe disability, bedridden, no children.</summary>
    public static readonly Guid XiaoshanBedriddenHousehold = DemoGuid.Household("story:xuzhou-xiaoshan");

    // Logins of the demo users; the needs' timelines name them as actors.
    public const string GridXianqiao = "grid.xianqiao";
    public const string WorkerXianqiao = "worker.xianqiao";
    public const string Worker2Xianqiao = "worker2.xianqiao";
    public const string OfficerXiaoyaojin = "officer.xiaoyaojin";
    public const string WorkerJingan = "worker.jingan";
    public const string GridJingan = "grid.jingan";
    public const string WorkerWencheng = "worker.wencheng";
    public const string GridWencheng = "grid.wencheng";
    public const string WorkerXinjing = "worker.xinjing";
    public const string WorkerXuzhou = "worker.xuzhou";
    public const string DonorHefeiTelecom = "donor.hefei-telecom";
    public const string DonorEyeHospital = "donor.eye-hospital";
    public const string StaffLuyangSocialWork = "staff.luyang-social-work";
    public const string Admin = "admin";
}
