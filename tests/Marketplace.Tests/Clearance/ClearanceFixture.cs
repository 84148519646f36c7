using Marketplace.Core.Accounts;
using Marketplace.Core.Households;
using Marketplace.Core.Identity;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;
using Marketplace.Core.Projects;
using Marketplace.Core.Regions;
using Marketplace.Core.Resources;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using NetTopologySuite.Geometries;

namespace Marketplace.Tests.Clearance;

/// <summary>
/// A district of its own, far from every demo place, with nine needs whose figures are worked
/// out by hand in <see cref="ClearanceStatsTests"/>. Times are China time (UTC+8).
///
/// | need | community | category | reported         | now       | cleared (days)    | due        | served by          |
/// |------|-----------|----------|------------------|-----------|-------------------|------------|--------------------|
/// | 1    | A         | grain    | 03-01 10:00      | CLEARED   | 03-03 10:00 (2)   |            | telecom, delivered 03-02 (3) |
/// | 2    | A         | grain    | 03-10 09:00      | CLEARED   | 03-20 09:00 (10)  |            | telecom, delivered 04-01 00:10 (2) |
/// | 3    | A         | eye care | 03-15 09:00      | CLAIMED   |                   | 2025-04-01 | telecom, declined  |
/// | 4    | B         | grain    | 03-20 09:00      | CANCELLED |                   |            |                    |
/// | 5    | B         | eye care | 04-02 09:00      | CLEARED   | 04-06 09:00 (4), cleared, re-opened, cleared again | | eye hospital, accepted |
/// | 6    | B         | grain    | 04-05 09:00      | REPORTED  | cleared, then re-opened | 2099-01-01 |                |
/// | 7    | A         | grain    | 02-28 23:30 (before the period) | CLEARED | 03-05 | | telecom, delivered 03-04 (1) |
/// | 8    | B         | grain    | 03-01 00:30 (02-28 in UTC) | CLEARED | 03-02 00:30 (1) |  |                    |
/// | 9    | A         | grain    | 05-01 00:00 (after the period) | REPORTED |        |            |                    |
///
/// All in 2025. Needs 1 and 2 share household H1; need 7 is household H2's. Community A has a
/// boundary, B only a centroid. A grain resource reaches A's households only; an eye-care project
/// targets A; a grain project targeting B is full; a withdrawn grain resource sits in B.
/// </summary>
public sealed class ClearanceFixture : ApiFixture
{
    public const string District = "349999000000";
    public const string SubDistrict = "349999001000";
    public const string CommunityA = "349999001001";
    public const string CommunityB = "349999001002";
    public const string Officer = "officer.hesuan";
    public const string Worker = "worker.hesuan";

    public static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly GeometryFactory Geography = new(new PrecisionModel(), 4326);
    private static readonly Point PointA = Geography.CreatePoint(new Coordinate(100.000, 40.000));
    private static readonly Point PointB = Geography.CreatePoint(new Coordinate(100.060, 40.000)); // about 5 km east

    public Guid[] Needs { get; } = [.. Enumerable.Range(0, 10).Select(_ => Guid.NewGuid())];

    public static DateTimeOffset At(int month, int day, int hour = 9, int minute = 0) => new DateTimeOffset(2025, month, day, hour, minute, 0, China).ToUniversalTime();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = await Contexts.CreateDbContextAsync();
        db.Regions.AddRange(
            new Region { Code = District, Name = "核算区", Level = RegionLevel.District, Centroid = PointA },
            new Region { Code = SubDistrict, Name = "核算街道", Level = RegionLevel.SubDistrict, ParentCode = District, Centroid = PointA },
            new Region
            {
                Code = CommunityA, Name = "甲社区", Level = RegionLevel.Community, ParentCode = SubDistrict, Centroid = PointA,
                Boundary = Geography.CreatePolygon([new(99.99, 39.99), new(100.01, 39.99), new(100.01, 40.01), new(99.99, 40.01), new(99.99, 39.99)]),
            },
            new Region { Code = CommunityB, Name = "乙社区", Level = RegionLevel.Community, ParentCode = SubDistrict, Centroid = PointB });
        db.UserAccounts.AddRange(
            new UserAccount { Login = Officer, DisplayName = "核算街道干部", Role = Role.SubDistrictOfficer, RegionCode = SubDistrict },
            new UserAccount { Login = Worker, DisplayName = "核算社工", Role = Role.SocialWorker, RegionCode = SubDistrict });

        var h1 = Household(CommunityA, PointA);
        var h2 = Household(CommunityA, PointA);
        var h3 = Household(CommunityB, PointB);
        db.Households.AddRange(h1, h2, h3);
        db.Needs.AddRange(
            Need(1, h1, "GRAIN_AND_OIL", At(3, 1, 10), NeedStatus.Cleared, clearedAt: At(3, 3, 10)),
            Need(2, h1, "GRAIN_AND_OIL", At(3, 10), NeedStatus.Cleared, clearedAt: At(3, 20)),
            Need(3, h2, "EYE_CARE", At(3, 15), NeedStatus.Claimed, due: new DateOnly(2025, 4, 1), claimedBy: Worker),
            Need(4, h3, "GRAIN_AND_OIL", At(3, 20), NeedStatus.Cancelled),
            Need(5, h3, "EYE_CARE", At(4, 2), NeedStatus.Cleared, clearedAt: At(4, 6)),
            Need(6, h3, "GRAIN_AND_OIL", At(4, 5), NeedStatus.Reported, due: new DateOnly(2099, 1, 1)),
            Need(7, h2, "GRAIN_AND_OIL", At(2, 28, 23, 30), NeedStatus.Cleared, clearedAt: At(3, 5)),
            Need(8, h3, "GRAIN_AND_OIL", At(3, 1, 0, 30), NeedStatus.Cleared, clearedAt: At(3, 2, 0, 30)),
            Need(9, h1, "GRAIN_AND_OIL", At(5, 1, 0, 0), NeedStatus.Reported));
        // The timeline of the re-opened needs (the figures read the needs' current state).
        db.NeedEvents.AddRange(
            Event(5, NeedEventKind.Cleared, At(4, 3), NeedStatus.InService, NeedStatus.Cleared),
            Event(5, NeedEventKind.Reopened, At(4, 4), NeedStatus.Cleared, NeedStatus.Claimed),
            Event(5, NeedEventKind.Cleared, At(4, 6), NeedStatus.Claimed, NeedStatus.Cleared),
            Event(6, NeedEventKind.Cleared, At(4, 8), NeedStatus.Reported, NeedStatus.Cleared),
            Event(6, NeedEventKind.Reopened, At(4, 9), NeedStatus.Cleared, NeedStatus.Reported));

        var telecomGrain = Resource(DemoIds.HefeiTelecomBranch, "GRAIN_AND_OIL", PointA, 1_000, ResourceStatus.Open);
        var eyeCare = Resource(DemoIds.EyeHospital, "EYE_CARE", PointB, 1_000, ResourceStatus.Exhausted);
        var withdrawnInB = Resource(DemoIds.Supermarket, "GRAIN_AND_OIL", PointB, 5_000, ResourceStatus.Withdrawn);
        db.Resources.AddRange(telecomGrain, eyeCare, withdrawnInB);
        db.CharityProjects.AddRange(
            Project(DemoIds.EyeHospital, "EYE_CARE", CommunityA, remaining: 5),
            Project(DemoIds.Supermarket, "GRAIN_AND_OIL", CommunityB, remaining: 0));
        db.Matches.AddRange(
            Match(1, telecomGrain, 3, MatchStatus.Delivered, delivered: At(3, 2)),
            Match(2, telecomGrain, 2, MatchStatus.Delivered, delivered: At(4, 1, 0, 10)),
            Match(3, telecomGrain, 1, MatchStatus.Declined),
            Match(5, eyeCare, 1, MatchStatus.Accepted),
            Match(7, telecomGrain, 1, MatchStatus.Delivered, delivered: At(3, 4)));
        await db.SaveChangesAsync();
    }

    private static Household Household(string community, Point at) => new()
    {
        Id = Guid.NewGuid(), CommunityCode = community, Location = at, MemberCount = 2, RegisteredAt = At(1, 1),
    };

    private Need Need(int n, Household household, string category, DateTimeOffset reportedAt, NeedStatus status,
        DateTimeOffset? clearedAt = null, DateOnly? due = null, string? claimedBy = null) => new()
    {
        Id = Needs[n], HouseholdId = household.Id, CategoryCode = category, RegionCode = household.CommunityCode, Location = household.Location,
        PublicSummary = $"核算需求{n}", Status = status, ReportedAt = reportedAt, LastActivityAt = clearedAt ?? reportedAt,
        ReportedBy = "grid.hesuan", ClearedAt = clearedAt, DueDate = due, ClaimedBy = claimedBy, ClaimedAt = claimedBy is null ? null : reportedAt,
    };

    private NeedEvent Event(int n, NeedEventKind kind, DateTimeOffset at, NeedStatus from, NeedStatus to) =>
        new() { NeedId = Needs[n], Kind = kind, At = at, Actor = Worker, FromStatus = from, ToStatus = to };

    private static Resource Resource(Guid organisation, string category, Point at, double radius, ResourceStatus status) => new()
    {
        Id = Guid.NewGuid(), OrganisationId = organisation, CategoryCode = category, Title = $"核算资源 {category}", Quantity = 100, Unit = "份",
        RemainingCapacity = 90, Location = at, ServiceRadiusMeters = radius, Status = status, PostedAt = At(1, 1),
    };

    private static CharityProject Project(Guid organisation, string category, string target, int remaining)
    {
        var id = Guid.NewGuid();
        return new CharityProject
        {
            Id = id, OrganisationId = organisation, Name = $"核算项目 {category}", CategoryCodes = [category], CapacityHouseholds = 5, RemainingCapacity = remaining,
            StartsOn = new DateOnly(2025, 1, 1), Status = CharityProjectStatus.Active, TargetRegions = [new CharityProjectTargetRegion { CharityProjectId = id, RegionCode = target }],
        };
    }

    private Match Match(int n, Resource resource, int quantity, MatchStatus status, DateTimeOffset? delivered = null) => new()
    {
        Id = Guid.NewGuid(), NeedId = Needs[n], ResourceId = resource.Id, Quantity = quantity, Status = status,
        ProposedAt = At(1, 2), ProposedBy = Worker, DecidedAt = status == MatchStatus.Proposed ? null : At(1, 3), DeliveredAt = delivered,
    };
}
