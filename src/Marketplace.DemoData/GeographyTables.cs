using static Marketplace.DemoData.Geography;

namespace Marketplace.DemoData;

/// <summary>The demo geography as a table (names from the seed reports; positions approximate).</summary>
internal static class GeographyTables
{
    private static CommunitySpec[] Named(params string[] names) => [.. names.Select(n => new CommunitySpec(n))];

    public static readonly IReadOnlyList<DistrictSpec> Districts =
    [
        new(DemoIds.LuyangDistrict, "庐阳区", 31.866, 117.290, AddressStyle.Estate, 900, 350,
        [
            new(DemoIds.BozhouluSubDistrict, "亳州路街道", 31.8815, 117.2790, ["亳州路", "北油坊巷"], Named("北油坊社区")),
            new(DemoIds.XiaoyaojinSubDistrict, "逍遥津街道", 31.8680, 117.2915, ["安庆路", "宿州路"],
            [
                new("县桥社区", ["农机宿舍", "县桥小区", "宿州路12号院", "长江中路宿舍", "红星路小区", "县桥巷"], 31.8655, 117.2880),
                new("安庆路社区", ["安庆路小区", "省建宿舍", "安庆路88号院"], 31.8730, 117.2860),
                new("小东门社区", ["小东门小区", "逍遥津宿舍", "寿春路小区"], 31.8700, 117.3000),
                new("徽州大道社区", ["徽州大道宿舍", "淮河路小区", "前大街小区"], 31.8600, 117.2955),
            ]),
        ]),
        new(DemoIds.JinganDistrict, "静安区", 31.229, 121.448, AddressStyle.ShanghaiLane, 420, 180,
        [
            new(DemoIds.JiangningRoadSubDistrict, "江宁路街道", 31.2400, 121.4470, ["江宁路", "昌平路", "淮安路"], Named("蒋家巷居民区", "三和居民区", "淮安居民区")),
            new(DemoIds.ShimenSecondRoadSubDistrict, "石门二路街道", 31.2410, 121.4600, ["新闸路", "石门二路", "山海关路"], Named("新福康里居民区", "恒德里居民区", "张家宅居民区"), 60),
            new(DemoIds.NanjingWestRoadSubDistrict, "南京西路街道", 31.2290, 121.4575, ["威海路", "茂名北路", "吴江路"], Named("威海居民区", "茂名居民区", "大中里居民区"), 90),
            new(DemoIds.JinganTempleSubDistrict, "静安寺街道", 31.2225, 121.4440, ["愚园路", "华山路", "常德路"], Named("愚园居民区", "华山居民区", "常德居民区"), 30),
            new(DemoIds.CaojiaduSubDistrict, "曹家渡街道", 31.2285, 121.4300, ["康定路", "万航渡路", "长寿路"], Named("康定居民区", "万航居民区", "三官堂居民区")),
            new(DemoIds.TianmuWestRoadSubDistrict, "天目西路街道", 31.2490, 121.4560, ["天目西路", "恒丰路", "共和路"], Named("天目居民区", "不夜城居民区", "铁路新村居民区"), 30),
            new(DemoIds.BeizhanSubDistrict, "北站街道", 31.2480, 121.4700, ["海宁路", "安庆路", "浙江北路"], Named("海宁居民区", "安庆居民区", "浙北居民区"), 90),
            new(DemoIds.BaoshanRoadSubDistrict, "宝山路街道", 31.2580, 121.4760, ["宝山路", "青云路", "鸿兴路"], Named("宝山居民区", "青云居民区", "鸿兴居民区"), 30),
            new(DemoIds.ZhijiangWestRoadSubDistrict, "芷江西路街道", 31.2600, 121.4580, ["芷江西路", "洪南山宅", "共和新路"], Named("芷江居民区", "洪南山宅居民区", "共和居民区"), 90),
            new(DemoIds.GongheXinRoadSubDistrict, "共和新路街道", 31.2720, 121.4500, ["洛川中路", "中兴路", "延长中路"], Named("洛川居民区", "中兴居民区", "延长居民区")),
            new(DemoIds.DaningRoadSubDistrict, "大宁路街道", 31.2810, 121.4620, ["大宁路", "宁和路", "延峰路"], Named("大宁居民区", "宁和居民区", "延峰居民区"), 60),
            new(DemoIds.PengpuXincunSubDistrict, "彭浦新村街道", 31.2960, 121.4480, ["临汾路", "场中路", "共和新路"], Named("彭一居民区", "彭三居民区", "彭五居民区")),
            new(DemoIds.LinfenRoadSubDistrict, "临汾路街道", 31.3070, 121.4590, ["汾西路", "阳曲路", "岭南路"], Named("汾西居民区", "阳曲居民区", "岭南居民区"), 60),
            new(DemoIds.PengpuTown, "彭浦镇", 31.2880, 121.4330, ["平顺路", "闻喜路", "三泉路", "共康路"], Named("平顺居民区", "闻喜居民区", "三泉居民区", "共康居民区"), 45),
        ]),
        new(DemoIds.ChangningDistrict, "长宁区", 31.220, 121.380, AddressStyle.ShanghaiLane, 700, 300,
        [
            new(DemoIds.XinjingTown, "新泾镇", 31.2160, 121.3720, ["淞虹路", "北渔路", "天山西路", "哈密路"], Named("淞虹居民区", "北渔居民区", "刘家宅居民区", "新泾北苑居民区"), 45),
        ]),
        new(DemoIds.XuhuiDistrict, "徐汇区", 31.188, 121.437, AddressStyle.ShanghaiLane, 500, 220,
        [
            new(DemoIds.XujiahuiSubDistrict, "徐家汇街道", 31.1930, 121.4370, ["乐山路", "宜山路", "漕溪北路"], Named("乐山居民区", "汇翠居民区")),
        ]),
        new(DemoIds.WenchengCounty, "文成县", 27.787, 120.092, AddressStyle.Village, 2000, 500,
        [
            new(DemoIds.DaxueTown, "大峃镇", 27.7870, 120.0920, [], Named("龙溪村", "樟台村", "新华村")),
            new(DemoIds.BaizhangjiTown, "百丈漈镇", 27.8350, 120.0350, [], Named("百丈村", "飞云村"), 90),
            new(DemoIds.XukouTown, "峃口镇", 27.7600, 120.1750, [], Named("峃口村", "岭根村")),
            new(DemoIds.HuangtanTown, "黄坦镇", 27.7600, 119.9600, [], Named("培头村", "黄坦村", "富岙村"), 30),
            new(DemoIds.XikengSheTown, "西坑畲族镇", 27.8260, 119.9250, [], Named("让川村", "西坑村", "梧溪村")),
            new(DemoIds.YuhuTown, "玉壶镇", 27.7300, 120.2150, [], Named("外南村", "中樟村")),
            new(DemoIds.NantianTown, "南田镇", 27.8950, 119.9950, [], Named("武阳村", "南田村")),
            new(DemoIds.ShanxiTown, "珊溪镇", 27.6850, 120.1050, [], Named("坦岐村", "珊溪村")),
            new(DemoIds.JuyuTown, "巨屿镇", 27.7400, 120.0300, [], Named("巨屿村", "岭头村", "下垟村"), 60),
        ]),
        new(DemoIds.XuzhouDevelopmentZone, "徐州经济技术开发区", 34.270, 117.340, AddressStyle.Estate, 1200, 400,
        [
            new(DemoIds.JinlonghuSubDistrict, "金龙湖街道", 34.2450, 117.3050, ["金龙湖花园", "晓山新村", "翠湖小区"], Named("晓山社区", "翠湖社区", "湖滨社区")),
            new(DemoIds.DahuangshanSubDistrict, "大黄山街道", 34.2850, 117.3650, ["大黄山新村", "老户人家小区", "矿山宿舍"], Named("老户人家社区", "大黄山社区")),
            new(DemoIds.DamiaoSubDistrict, "大庙街道", 34.3050, 117.4050, ["大庙新村", "韩场小区"], Named("大庙社区", "韩场社区"), 45),
            new(DemoIds.DonghuanSubDistrict, "东环街道", 34.2650, 117.2500, ["中王庄小区", "东环新村", "铜山路宿舍"], Named("中王庄社区", "东环社区"), 90),
            new(DemoIds.JinshanqiaoSubDistrict, "金山桥街道", 34.2750, 117.2850, ["金山桥小区", "蟠桃新村"], Named("金山桥社区", "蟠桃社区"), 135),
            new(DemoIds.XuzhuangTown, "徐庄镇", 34.3300, 117.4500, [], Named("龙田村", "徐庄村", "前进村")),
        ]),
    ];
}
