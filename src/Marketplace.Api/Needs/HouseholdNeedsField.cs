using Marketplace.Api.Households;

namespace Marketplace.Api.Needs;

/// <summary>A household's needs: added by Needs to the household's type, which knows nothing of needs.</summary>
public static class HouseholdNeedsField
{
    public static void Add(HouseholdType household) =>
        household.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedType>>>>("needs")
            .Description("Newest first.")
            .Resolve(ctx => ctx.Service<NeedLoaders>().ByHousehold.Load(ctx.Source.Id));
}
