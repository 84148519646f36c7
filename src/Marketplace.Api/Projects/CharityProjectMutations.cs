using Marketplace.Core.Projects;

namespace Marketplace.Api.Projects;

public sealed class CharityProjectArguments
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public List<string> CategoryCodes { get; set; } = [];
    public List<string> TargetRegionCodes { get; set; } = [];
    public int CapacityHouseholds { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? FundedBy { get; set; }

    public CharityProjectInput ToInput() => new(Name, Description, CategoryCodes, TargetRegionCodes, CapacityHouseholds, StartsOn, EndsOn, FundedBy);
}

public sealed class CharityProjectInputType : InputObjectGraphType<CharityProjectArguments>
{
    public CharityProjectInputType()
    {
        Name = "CharityProjectInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("description");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("categoryCodes");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("targetRegionCodes").Description("Regions at any level; a need qualifies when its community lies under one.");
        Field<NonNullGraphType<IntGraphType>>("capacityHouseholds");
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn");
        Field<DateOnlyGraphType>("endsOn");
        Field<StringGraphType>("fundedBy");
    }
}

public static class CharityProjectMutations
{

    public static void AddCharityProjectMutations(this ObjectGraphType mutation)
    {
        mutation.Command<CharityProjectType, CharityProject>("createCharityProject", "A social organisation starts a charity project for households of its target regions.",
                (ctx, viewer, key) => ctx.Service<CharityProjectCommands>().CreateAsync(viewer, OrganisationId(ctx), ctx.GetArgument<CharityProjectArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<CharityProjectInputType>>("input")
            .Argument<IdGraphType>("organisationId", "Only for admins; staff create projects for their own organisation.");

        mutation.Command<CharityProjectType, CharityProject>("updateCharityProject", "The organisation changes its project; capacity cannot go below the households enrolled.",
                (ctx, viewer, key) => ctx.Service<CharityProjectCommands>().UpdateAsync(viewer, ctx.GetGuidArgument("projectId"), ctx.GetArgument<CharityProjectArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<CharityProjectInputType>>("input");

    }

    private static Guid? OrganisationId(IResolveFieldContext ctx) =>
        Ids.ParseOptional(ctx.GetArgument<string?>("organisationId"), "organisationId");
}
