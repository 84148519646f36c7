using System.Globalization;
using Marketplace.Core.Households.Members;

namespace Marketplace.DemoData;

/// <summary>
/// Invented identities for the demo households. Phone numbers all start 1380000 and ID numbers
/// carry the district's code, so no row can be mistaken for a real person's file.
/// </summary>
internal static class People
{
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
        "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘",
        "袁", "蔡", "蒋", "余", "杜", "叶", "程", "魏", "苏", "吕", "丁", "沈", "姚", "卢", "汪", "钱", "金", "戴",
    ];

    /// <summary>Surnames common among the She (畲) people of Wencheng's ethnic towns.</summary>
    private static readonly string[] SheSurnames = ["雷", "蓝", "钟", "李"];

    private static readonly string[] GivenMale =
    [
        "建国", "建华", "志强", "国庆", "海涛", "卫东", "立新", "德明", "永福", "长江", "保国", "振华", "文斌", "春生",
        "明", "伟", "军", "强", "斌", "勇", "杰", "涛", "超", "磊", "鹏", "浩", "宇", "晨",
    ];

    private static readonly string[] GivenFemale =
    [
        "秀英", "桂兰", "玉兰", "凤英", "淑珍", "秀珍", "丽华", "美玲", "红梅", "春花", "晓燕", "雪梅", "文静", "翠萍",
        "芳", "敏", "静", "丽", "娟", "霞", "燕", "婷", "颖", "琳", "洁", "倩", "萍", "慧",
    ];

    public static (string Name, bool Female) Name(Random random, bool sheTown)
    {
        var surname = Surname(random, sheTown);
        var female = random.Chance(0.5);
        return (surname + Given(random, female), female);
    }

    public static string Surname(Random random, bool sheTown) => sheTown && random.Chance(0.6) ? random.Pick(SheSurnames) : random.Pick(Surnames);

    public static string Given(Random random, bool female) => random.Pick(female ? GivenFemale : GivenMale);

    /// <summary>A birth date in the year that gives the age in 2026, the demo's year.</summary>
    public static DateOnly BirthDate(Random random, int age) => new(2026 - age, random.Between(1, 12), random.Between(1, 28));

    /// <summary>1380000 + four digits: reserved-looking and obviously fake.</summary>
    public static string Phone(int serial) => string.Create(CultureInfo.InvariantCulture, $"1380000{serial % 10_000:0000}");

    /// <summary>An 18-character resident ID: district code, birth date, sequence (odd for men), check digit.</summary>
    public static string IdNumber(Random random, string regionCode, DateOnly birthDate, bool female) =>
        ResidentId.Compose(regionCode, birthDate, (random.Next(0, 500) * 2) + (female ? 0 : 1));

    public static string Address(Random random, Geography.Place place)
    {
        var estates = place.Estates.Count > 0 ? place.Estates : [place.Name];
        var estate = random.Pick(estates);
        return place.Style switch
        {
            Geography.AddressStyle.ShanghaiLane => string.Create(CultureInfo.InvariantCulture,
                $"{place.Name}{estate}{random.Between(20, 900)}弄{random.Between(1, 40)}号{random.Between(1, 6)}0{random.Between(1, 4)}室"),
            Geography.AddressStyle.Village => string.Create(CultureInfo.InvariantCulture,
                $"{place.SubDistrictName}{place.Name}{random.Between(1, 12)}组{random.Between(1, 99)}号"),
            _ => string.Create(CultureInfo.InvariantCulture,
                $"{place.Name}{estate}{random.Between(1, 18)}栋{random.Between(1, 7)}0{random.Between(1, 4)}"),
        };
    }
}
