using System.Globalization;
using Marketplace.Core.Organisations;
using Marketplace.Core.Resources;

namespace Marketplace.DemoData;

/// <summary>Builds organisations and their resources from the tables in OrganisationsHefei and OrganisationsElsewhere.</summary>
internal static class Organisations
{
    internal sealed record ResourceSpec(string Category, ResourceKind Kind, string Title, int Quantity, int RadiusMetres, bool Withdrawn = false);

    // Community: where it sits; when null the group places it.
    internal sealed record OrganisationSpec(
        string Key, string Name, OrganisationKind Kind, string Description, ResourceSpec[] Resources,
        string? Community = null, bool Verified = true);

    // Communities: where members without a community go; the first gets half of them.
    internal sealed record Group(string[] Communities, DateOnly PostedFrom, IReadOnlyList<OrganisationSpec> Members);

    public static IReadOnlyList<Group> Groups => [OrganisationsHefei.Group, .. OrganisationsElsewhere.Groups];

    public static (List<Organisation> Organisations, List<Resource> Resources) Build(
        Random random, IReadOnlyDictionary<string, Geography.Place> communities)
    {
        var organisations = new List<Organisation>();
        var resources = new List<Resource>();
        var phone = 0;
        foreach (var group in Groups)
        {
            foreach (var spec in group.Members)
            {
                var communityCode = spec.Community
                    ?? (random.Chance(0.5) ? group.Communities[0] : random.Pick(group.Communities));
                var place = communities[communityCode];
                var organisation = new Organisation
                {
                    Id = DemoGuid.Organisation(spec.Key),
                    Name = spec.Name,
                    Kind = spec.Kind,
                    IsVerified = spec.Verified,
                    RegionCode = communityCode,
                    Location = DemoGeo.Scatter(random, place.Centroid, place.HalfSideMetres * 0.9),
                    Description = spec.Description,
                    ContactPhone = string.Create(CultureInfo.InvariantCulture, $"{AreaCode(communityCode)}-6000{++phone:0000}"),
                };
                organisations.Add(organisation);
                var postedOn = group.PostedFrom.AddDays(random.Next(0, 40));
                for (var i = 0; i < spec.Resources.Length; i++)
                {
                    resources.Add(ToResource(random, spec, i, organisation, postedOn));
                }
            }
        }
        return (organisations, resources);
    }

    private static Resource ToResource(Random random, OrganisationSpec spec, int index, Organisation organisation, DateOnly postedOn)
    {
        var resource = spec.Resources[index];
        var availableUntil = random.PickWeighted<DateOnly?>(
            [(null, 4), (new DateOnly(2026, 12, 31), 3), (new DateOnly(2027, 6, 30), 2), (new DateOnly(2026, 11, 30), 1)]);
        return new Resource
        {
            Id = DemoGuid.Resource(spec.Key, index),
            OrganisationId = organisation.Id,
            CategoryCode = resource.Category,
            Kind = resource.Kind,
            Title = resource.Title,
            Description = $"{organisation.Name}：{resource.Title}",
            Quantity = resource.Quantity,
            Unit = Categories.UnitOf(resource.Category),
            RemainingCapacity = resource.Quantity,
            Location = organisation.Location,
            ServiceRadiusMeters = resource.RadiusMetres,
            AvailableFrom = postedOn,
            AvailableUntil = availableUntil,
            Status = resource.Withdrawn ? ResourceStatus.Withdrawn : ResourceStatus.Open,
            PostedAt = ChinaTime.At(postedOn, new TimeOnly(10, 0)),
        };
    }

    private static string AreaCode(string regionCode) => regionCode[..2] switch
    {
        "34" => "0551",
        "33" => "0577",
        "32" => "0516",
        _ => "021",
    };
}
