using System.Globalization;
using Marketplace.Core.Organisations;
using Marketplace.Core.Projects;
using Marketplace.Core.Resources;
using NetTopologySuite.Geometries;
using NpgsqlTypes;

namespace Marketplace.Bench.Data;

internal sealed record OrganisationRow(Guid Id, string Name, OrganisationKind Kind, bool IsVerified, string RegionCode, Point Location, string Phone);

internal sealed record ResourceRow(
    Guid Id, OrganisationRow Organisation, Category Category, int Quantity, int RemainingCapacity, Point Location,
    double ServiceRadiusMeters, DateOnly? AvailableFrom, DateOnly? AvailableUntil, ResourceStatus Status, DateTimeOffset PostedAt);

internal sealed record ProjectRow(
    Guid Id, OrganisationRow Organisation, string Name, string[] CategoryCodes, int Capacity, int RemainingCapacity,
    DateOnly StartsOn, DateOnly? EndsOn, CharityProjectStatus Status, string[] TargetRegions);

/// <summary>
/// Organisations where people live, their resources around them (within a couple of km), and
/// charity projects of the social organisations for a few sub-districts or communities each.
/// </summary>
internal static class Providers
{
    private static readonly Weighted<ResourceStatus> ResourceStatuses = new(
        (ResourceStatus.Open, 85), (ResourceStatus.Exhausted, 10), (ResourceStatus.Withdrawn, 5));
    private static readonly Weighted<CharityProjectStatus> ProjectStatuses = new(
        (CharityProjectStatus.Active, 80), (CharityProjectStatus.Planned, 10), (CharityProjectStatus.Closed, 10));

    public static List<OrganisationRow> Organisations(CityLayout city, DataSetSpec spec)
    {
        var random = new Random(spec.Seed + 3);
        return [.. Enumerable.Range(1, spec.Organisations).Select(i =>
        {
            var community = city.PickCommunity(random);
            var kind = random.Chance(0.7) ? OrganisationKind.Enterprise : OrganisationKind.SocialOrganisation;
            var name = string.Create(CultureInfo.InvariantCulture, $"{(kind == OrganisationKind.Enterprise ? "爱心企业" : "社会组织")}{i:0000}");
            return new OrganisationRow(random.NextGuid(), name, kind, random.Chance(0.8), community.Code,
                CityLayout.PointIn(community, random), "0551" + random.Next(6_000_000, 7_000_000).ToString(CultureInfo.InvariantCulture));
        })];
    }

    public static IEnumerable<ResourceRow> Resources(IReadOnlyList<OrganisationRow> organisations, Weighted<Category> categories, DataSetSpec spec, List<Guid> sample)
    {
        var random = new Random(spec.Seed + 4);
        for (var i = 0; i < spec.Resources; i++)
        {
            var organisation = organisations[random.Next(organisations.Count)];
            var status = ResourceStatuses.Pick(random);
            var quantity = random.Next(1, 201);
            // A few open resources are used up without being marked so: the query must check capacity.
            var remaining = status switch
            {
                ResourceStatus.Open => random.Chance(0.03) ? 0 : random.Next(1, quantity + 1),
                ResourceStatus.Exhausted => 0,
                _ => random.Next(0, quantity + 1),
            };
            var from = spec.Today.AddDays(-random.Next(0, 180));
            // Some expire soon, which the score rewards; most have no end.
            DateOnly? until = random.Chance(0.4) ? spec.Today.AddDays(random.Next(1, 181)) : null;
            var row = new ResourceRow(random.NextGuid(), organisation, categories.Pick(random), quantity, remaining,
                CityLayout.Near(organisation.Location, 1_000, random), 500 + random.Next(0, 4_501), from, until, status,
                spec.Now - random.NextSpan(TimeSpan.FromDays(365)));
            if (i % 7 == 3 && status == ResourceStatus.Open && remaining > 0 && sample.Count < DataSetSpec.SampleSize) sample.Add(row.Id);
            yield return row;
        }
    }

    public static List<ProjectRow> Projects(CityLayout city, IReadOnlyList<OrganisationRow> organisations, Weighted<Category> categories, DataSetSpec spec)
    {
        var random = new Random(spec.Seed + 5);
        var runners = organisations.Where(o => o.Kind == OrganisationKind.SocialOrganisation).ToList();
        return [.. Enumerable.Range(1, runners.Count == 0 ? 0 : spec.Projects).Select(i =>
        {
            var capacity = random.Next(20, 501);
            // A project serves whole sub-districts, or a handful of communities.
            var regions = random.Chance(0.5)
                ? Enumerable.Range(0, random.Next(1, 4)).Select(_ => city.PickCommunity(random).Code[..9] + "000")
                : Enumerable.Range(0, random.Next(1, 11)).Select(_ => city.PickCommunity(random).Code);
            return new ProjectRow(random.NextGuid(), runners[random.Next(runners.Count)], string.Create(CultureInfo.InvariantCulture, $"公益项目{i:000}"),
                [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => categories.Pick(random).Code).Distinct()],
                capacity, random.Next(0, capacity + 1), spec.Today.AddDays(-random.Next(0, 365)), spec.Today.AddDays(random.Next(30, 365)),
                ProjectStatuses.Pick(random), [.. regions.Distinct()]);
        })];
    }

    public static TableCopy<OrganisationRow> OrganisationTable() => new TableCopy<OrganisationRow>("organisations")
        .Add("id", NpgsqlDbType.Uuid, o => o.Id)
        .Add("name", NpgsqlDbType.Varchar, o => o.Name)
        .Add("kind", NpgsqlDbType.Varchar, o => o.Kind.ToString())
        .Add("is_verified", NpgsqlDbType.Boolean, o => o.IsVerified)
        .Add("region_code", NpgsqlDbType.Char, o => o.RegionCode)
        .Add("location", NpgsqlDbType.Geography, o => o.Location)
        .Add("contact_phone", NpgsqlDbType.Varchar, o => o.Phone);

    public static TableCopy<ResourceRow> ResourceTable() => new TableCopy<ResourceRow>("resources")
        .Add("id", NpgsqlDbType.Uuid, r => r.Id)
        .Add("organisation_id", NpgsqlDbType.Uuid, r => r.Organisation.Id)
        .Add("category_code", NpgsqlDbType.Varchar, r => r.Category.Code)
        .Add("kind", NpgsqlDbType.Varchar, r => r.Category.Kind.ToString())
        .Add("title", NpgsqlDbType.Varchar, r => r.Category.Name)
        .Add("quantity", NpgsqlDbType.Integer, r => r.Quantity)
        .Add("unit", NpgsqlDbType.Varchar, r => r.Category.Unit)
        .Add("remaining_capacity", NpgsqlDbType.Integer, r => r.RemainingCapacity)
        .Add("location", NpgsqlDbType.Geography, r => r.Location)
        .Add("service_radius_meters", NpgsqlDbType.Double, r => r.ServiceRadiusMeters)
        .Add("available_from", NpgsqlDbType.Date, r => r.AvailableFrom)
        .Add("available_until", NpgsqlDbType.Date, r => r.AvailableUntil)
        .Add("status", NpgsqlDbType.Varchar, r => r.Status.ToString())
        .Add("posted_at", NpgsqlDbType.TimestampTz, r => r.PostedAt);

    public static TableCopy<ProjectRow> ProjectTable() => new TableCopy<ProjectRow>("charity_projects")
        .Add("id", NpgsqlDbType.Uuid, p => p.Id)
        .Add("organisation_id", NpgsqlDbType.Uuid, p => p.Organisation.Id)
        .Add("name", NpgsqlDbType.Varchar, p => p.Name)
        .Add("category_codes", NpgsqlDbType.Array | NpgsqlDbType.Text, p => p.CategoryCodes)
        .Add("capacity_households", NpgsqlDbType.Integer, p => p.Capacity)
        .Add("remaining_capacity", NpgsqlDbType.Integer, p => p.RemainingCapacity)
        .Add("starts_on", NpgsqlDbType.Date, p => p.StartsOn)
        .Add("ends_on", NpgsqlDbType.Date, p => p.EndsOn)
        .Add("status", NpgsqlDbType.Varchar, p => p.Status.ToString());

    public static TableCopy<(Guid Project, string Region)> TargetRegionTable() => new TableCopy<(Guid Project, string Region)>("charity_project_target_region")
        .Add("charity_project_id", NpgsqlDbType.Uuid, t => t.Project)
        .Add("region_code", NpgsqlDbType.Char, t => t.Region);
}
