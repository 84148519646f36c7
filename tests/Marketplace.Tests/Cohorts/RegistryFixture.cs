using Marketplace.Core.Accounts;
using Marketplace.Core.Data;
using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;
using Marketplace.Core.Identity;
using Marketplace.Core.Labels;
using Marketplace.Core.Regions;
using Marketplace.Tests.Infrastructure;
using NetTopologySuite.Geometries;

namespace Marketplace.Tests.Cohorts;

/// <summary>
/// The API on a district of its own, far from every demo place, where tests register households
/// straight through the context (the registry's commands are another feature's): two sub-districts
/// (S1 with communities C1a and C1b, S2 with C2), their officers, C1a's staff, S1's social worker, and
/// a few labels of a test vocabulary.
/// </summary>
public class RegistryFixture : ApiFixture
{
    public const string District = "348888000000";
    public const string S1 = "348888001000";
    public const string C1a = "348888001001";
    public const string C1b = "348888001002";
    public const string S2 = "348888002000";
    public const string C2 = "348888002001";
    public const string OfficerS1 = "officer.dengji1";
    public const string OfficerS2 = "officer.dengji2";
    public const string StaffC1a = "grid.dengji1a";
    public const string WorkerS1 = "worker.dengji1";

    /// <summary>Labels of the test vocabulary: ALONE for households and persons, the others for persons.</summary>
    public const string Alone = "T_ALONE";
    public const string Disabled = "T_DISABLED";
    public const string Graduate = "T_GRADUATE";

    private static readonly GeometryFactory Geography = new(new PrecisionModel(), 4326);

    public static Point At(double longitude, double latitude) => Geography.CreatePoint(new Coordinate(longitude, latitude));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = await Contexts.CreateDbContextAsync();
        db.Regions.AddRange(
            new Region { Code = District, Name = "登记区", Level = RegionLevel.District, Centroid = At(101.0, 41.0) },
            new Region { Code = S1, Name = "一街道", Level = RegionLevel.SubDistrict, ParentCode = District, Centroid = At(101.0, 41.0) },
            new Region { Code = C1a, Name = "甲社区", Level = RegionLevel.Community, ParentCode = S1, Centroid = At(101.0, 41.0) },
            new Region { Code = C1b, Name = "乙社区", Level = RegionLevel.Community, ParentCode = S1, Centroid = At(101.01, 41.0) },
            new Region { Code = S2, Name = "二街道", Level = RegionLevel.SubDistrict, ParentCode = District, Centroid = At(101.1, 41.0) },
            new Region { Code = C2, Name = "丙社区", Level = RegionLevel.Community, ParentCode = S2, Centroid = At(101.1, 41.0) });
        db.UserAccounts.AddRange(
            new UserAccount { Login = OfficerS1, DisplayName = "一街道民政", Role = Role.SubDistrictOfficer, RegionCode = S1 },
            new UserAccount { Login = OfficerS2, DisplayName = "二街道民政", Role = Role.SubDistrictOfficer, RegionCode = S2 },
            new UserAccount { Login = StaffC1a, DisplayName = "甲社区网格员", Role = Role.CommunityStaff, RegionCode = C1a },
            new UserAccount { Login = WorkerS1, DisplayName = "一街道社工", Role = Role.SocialWorker, RegionCode = S1 });
        db.LabelDimensions.Add(new LabelDimension { Code = "T_DIM", Name = "测试", NameEn = "Test" });
        db.Labels.AddRange(
            new Label { Code = Alone, DimensionCode = "T_DIM", Name = "独居", NameEn = "Living alone", AppliesTo = LabelScope.Both },
            new Label { Code = Disabled, DimensionCode = "T_DIM", Name = "重度残疾", NameEn = "Severe disability", AppliesTo = LabelScope.Person },
            new Label { Code = Graduate, DimensionCode = "T_DIM", Name = "应届毕业生", NameEn = "Graduating student", AppliesTo = LabelScope.Person });
        await db.SaveChangesAsync();
    }

    /// <summary>A household with its personal data, as registerHousehold would make it (members apart).</summary>
    public static Household Household(
        MarketplaceDbContext db, string community, string headName = "测试户主", string address = "测试地址1号",
        AssistanceStatus statuses = AssistanceStatus.None, RiskLevel risk = RiskLevel.Low, string[]? labels = null,
        string? phone = null, string? idNumber = null, DateTimeOffset? lastVisitedAt = null, double longitude = 101.0)
    {
        var household = new Household
        {
            Id = Guid.CreateVersion7(),
            CommunityCode = community,
            Location = At(longitude, 41.0),
            MemberCount = 1,
            AssistanceStatus = statuses,
            RiskLevel = risk,
            Labels = [.. labels ?? []],
            RegisteredAt = DateTimeOffset.UtcNow,
            LastVisitedAt = lastVisitedAt,
            Personal = new HouseholdPersonalData { HeadName = headName, Address = address, Phone = phone, IdNumber = idNumber },
        };
        db.Households.Add(household);
        return household;
    }

    public static HouseholdMember Member(
        MarketplaceDbContext db, Household household, DateOnly? born = null, SchoolStage? stage = null, bool finalYear = false,
        short? disabilityGrade = null, string[]? labels = null, bool removed = false, string? idNumber = null)
    {
        var member = new HouseholdMember
        {
            Id = Guid.CreateVersion7(),
            HouseholdId = household.Id,
            Name = "成员",
            Relation = MemberRelation.Child,
            BirthDate = born,
            SchoolStage = stage,
            InFinalYear = finalYear,
            DisabilityGrade = disabilityGrade,
            Labels = [.. labels ?? []],
            IdNumber = idNumber,
            AddedAt = DateTimeOffset.UtcNow,
            RemovedAt = removed ? DateTimeOffset.UtcNow : null,
        };
        db.HouseholdMembers.Add(member);
        return member;
    }
}
