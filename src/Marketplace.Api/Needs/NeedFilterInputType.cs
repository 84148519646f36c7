using Marketplace.Api.GraphQL.Types;
using Marketplace.Core.Needs;

namespace Marketplace.Api.Needs;

public sealed class NeedFilterInput
{
    public List<NeedStatus>? Statuses { get; set; }
    public List<string>? Categories { get; set; }
    public List<Urgency>? Urgencies { get; set; }
    public string? RegionCode { get; set; }
    public NearInput? Near { get; set; }
    public bool? HeldByMe { get; set; }

    public NeedFilter ToFilter(Viewer viewer) => new()
    {
        Statuses = Statuses,
        CategoryCodes = Categories,
        Urgencies = Urgencies,
        RegionCode = RegionCode,
        Near = Near?.ToCircle(),
        HeldBy = HeldByMe == true ? viewer.Login : null,
    };
}

public sealed class NeedFilterInputType : InputObjectGraphType<NeedFilterInput>
{
    public NeedFilterInputType()
    {
        Name = "NeedFilter";
        Description = "Every given part must hold; lists match any of their values.";
        Field<ListGraphType<NonNullGraphType<NeedStatusType>>>("statuses");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categories").Description("Category codes; a category includes its sub-categories.");
        Field<ListGraphType<NonNullGraphType<UrgencyType>>>("urgencies");
        Field<StringGraphType>("regionCode").Description("A region at any level, its descendants included.");
        Field<NearInputType>("near").Description("Only needs within this circle.");
        Field<BooleanGraphType>("heldByMe").Description("Only the needs you hold (claimed under your name), in whatever state they are now: combine with 'statuses' for the open ones.");
    }
}
