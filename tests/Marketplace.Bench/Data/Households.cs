using System.Globalization;
using Marketplace.Core.Households;
using NetTopologySuite.Geometries;
using NpgsqlTypes;

namespace Marketplace.Bench.Data;

internal sealed record HouseholdRow(
    Guid Id, string CommunityCode, Point Location, int MemberCount, AssistanceStatus Assistance, RiskLevel Risk,
    string[] Labels, DateTimeOffset RegisteredAt);

internal sealed record PersonalRow(Guid HouseholdId, string HeadName, string Phone, string IdNumber, string Address);

/// <summary>Households placed in communities by population, each with its (invented) personal data.</summary>
internal static class Households
{
    private static readonly string[][] LabelSets = [[], [], ["独居老人"], ["残疾"], ["低保"], ["困境儿童"], ["独居老人", "低保"]];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高"];
    private static readonly string[] GivenNames = ["秀英", "桂英", "建国", "志强", "海燕", "丽华", "国华", "明", "伟", "芳", "敏", "静", "军", "洋", "磊"];
    private static readonly Weighted<RiskLevel> Risks = new((RiskLevel.Low, 50), (RiskLevel.Medium, 35), (RiskLevel.High, 15));

    public static List<HouseholdRow> Generate(CityLayout city, DataSetSpec spec)
    {
        var random = new Random(spec.Seed);
        var households = new List<HouseholdRow>(spec.Households);
        for (var i = 0; i < spec.Households; i++)
        {
            var community = city.PickCommunity(random);
            households.Add(new HouseholdRow(
                random.NextGuid(), community.Code, CityLayout.PointIn(community, random), random.Next(1, 7),
                (AssistanceStatus)random.Next(0, 64), Risks.Pick(random), LabelSets[random.Next(LabelSets.Length)],
                spec.Now - random.NextSpan(TimeSpan.FromDays(3 * 365))));
        }
        return households;
    }

    public static TableCopy<HouseholdRow> Table() => new TableCopy<HouseholdRow>("households")
        .Add("id", NpgsqlDbType.Uuid, h => h.Id)
        .Add("community_code", NpgsqlDbType.Char, h => h.CommunityCode)
        .Add("location", NpgsqlDbType.Geography, h => h.Location)
        .Add("member_count", NpgsqlDbType.Integer, h => h.MemberCount)
        .Add("assistance_status", NpgsqlDbType.Integer, h => (int)h.Assistance)
        .Add("risk_level", NpgsqlDbType.Smallint, h => (short)h.Risk)
        .Add("labels", NpgsqlDbType.Array | NpgsqlDbType.Text, h => h.Labels)
        .Add("registered_at", NpgsqlDbType.TimestampTz, h => h.RegisteredAt);

    /// <summary>The separate personal-data rows, as a stream: a name, a phone, an ID number, an address.</summary>
    public static IEnumerable<PersonalRow> Personal(IReadOnlyList<HouseholdRow> households, int seed)
    {
        var random = new Random(seed + 1);
        foreach (var h in households)
        {
            var name = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];
            var phone = "1" + random.NextInt64(3_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture);
            // 18 characters like a resident ID: area, birth date, sequence (the check digit is not computed).
            var idNumber = string.Create(CultureInfo.InvariantCulture,
                $"{h.CommunityCode[..6]}19{random.Next(30, 100):00}{random.Next(1, 13):00}{random.Next(1, 29):00}{random.Next(0, 10_000):0000}");
            var address = string.Create(CultureInfo.InvariantCulture,
                $"{h.CommunityCode[6..9]}街道{h.CommunityCode[9..]}社区{random.Next(1, 60)}栋{random.Next(101, 2_600)}室");
            yield return new PersonalRow(h.Id, name, phone, idNumber, address);
        }
    }

    public static TableCopy<PersonalRow> PersonalTable() => new TableCopy<PersonalRow>("household_personal_data")
        .Add("household_id", NpgsqlDbType.Uuid, p => p.HouseholdId)
        .Add("head_name", NpgsqlDbType.Varchar, p => p.HeadName)
        .Add("phone", NpgsqlDbType.Varchar, p => p.Phone)
        .Add("id_number", NpgsqlDbType.Varchar, p => p.IdNumber)
        .Add("address", NpgsqlDbType.Varchar, p => p.Address);
}
