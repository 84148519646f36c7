using Marketplace.Core.Resources;

namespace Marketplace.Api.Resources;

public sealed class ResourceArguments
{
    public string CategoryCode { get; set; } = "";
    public ResourceKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public int Quantity { get; set; }
    public string Unit { get; set; } = "";
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public double ServiceRadiusMeters { get; set; }
    public DateOnly? AvailableFrom { get; set; }
    public DateOnly? AvailableUntil { get; set; }

    public ResourceInput ToInput() => new(
        CategoryCode, Kind, Title, Description, Quantity, Unit, Latitude, Longitude, ServiceRadiusMeters, AvailableFrom, AvailableUntil);
}

public sealed class ResourceInputType : InputObjectGraphType<ResourceArguments>
{
    public ResourceInputType()
    {
        Name = "ResourceInput";
        Field<NonNullGraphType<StringGraphType>>("categoryCode");
        Field<NonNullGraphType<ResourceKindType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("description");
        Field<NonNullGraphType<IntGraphType>>("quantity");
        Field<NonNullGraphType<StringGraphType>>("unit").Description("What the quantity counts: 份, 次, 小时 …");
        Field<NonNullGraphType<FloatGraphType>>("latitude");
        Field<NonNullGraphType<FloatGraphType>>("longitude");
        Field<NonNullGraphType<FloatGraphType>>("serviceRadiusMeters").Description("How far from its location the resource reaches, in metres along the ground.");
        Field<DateOnlyGraphType>("availableFrom");
        Field<DateOnlyGraphType>("availableUntil");
    }
}

public static class ResourceMutations
{

    public static void AddResourceMutations(this ObjectGraphType mutation)
    {
        mutation.Command<ResourceType, Resource>("postResource", "A donor unit or social organisation offers a resource.",
                (ctx, viewer, key) => Commands(ctx).PostAsync(viewer, OrganisationId(ctx), ctx.GetArgument<ResourceArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<ResourceInputType>>("input")
            .Argument<IdGraphType>("organisationId", "Only for admins; staff post for their own organisation.");

        mutation.Command<ResourceType, Resource>("updateResource", "The organisation changes its resource; the quantity cannot go below what is promised.",
                (ctx, viewer, key) => Commands(ctx).UpdateAsync(viewer, ctx.GetGuidArgument("resourceId"), ctx.GetArgument<ResourceArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<IdGraphType>>("resourceId")
            .Argument<NonNullGraphType<ResourceInputType>>("input");

        mutation.Command<ResourceType, Resource>("withdrawResource", "The organisation withdraws its resource: open proposals are cancelled, accepted matches stand.",
                (ctx, viewer, key) => Commands(ctx).WithdrawAsync(viewer, ctx.GetGuidArgument("resourceId"), ctx.GetArgument<string?>("reason"), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<IdGraphType>>("resourceId")
            .Argument<StringGraphType>("reason");
    }

    private static Guid? OrganisationId(IResolveFieldContext ctx) =>
        Ids.ParseOptional(ctx.GetArgument<string?>("organisationId"), "organisationId");

    private static ResourceCommands Commands(IResolveFieldContext ctx) => ctx.Service<ResourceCommands>();
}
