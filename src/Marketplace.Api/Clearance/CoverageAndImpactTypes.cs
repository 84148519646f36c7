using Marketplace.Api.Needs;
using Marketplace.Api.Organisations;
using Marketplace.Api.Regions;
using Marketplace.Core.Categories;
using Marketplace.Core.Clearance;
using Marketplace.Core.Organisations;
using Marketplace.Core.Regions;

namespace Marketplace.Api.Clearance;

public sealed class CoverageGapsType : ObjectGraphType<CoverageGaps>
{
    public CoverageGapsType()
    {
        Name = "CoverageGaps";
        Description = "Open needs no resource or project within reach could serve today (the same rules as suggestions): where to recruit donors.";
        Field(x => x.RegionCode);
        Field(x => x.OpenNeeds).Description("Open needs in the region.");
        Field(x => x.UncoveredNeeds).Description("Of those, the ones nothing could serve.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageGapType>>>>("gaps")
            .Description("By category and community, most uncovered first; only where something is uncovered.")
            .Resolve(ctx => ctx.Source.Gaps);
    }
}

public sealed class CoverageGapType : ObjectGraphType<CoverageGap>
{
    public CoverageGapType()
    {
        Name = "CoverageGap";
        Field<NonNullGraphType<NeedCategoryType>>("category").Resolve(ctx => ctx.LoadById<NeedCategory, string>(ctx.Source.CategoryCode));
        Field<NonNullGraphType<RegionType>>("region").Description("The community.").Resolve(ctx => ctx.LoadById<Region, string>(ctx.Source.RegionCode));
        Field(x => x.OpenNeeds);
        Field(x => x.UncoveredNeeds);
    }
}

public sealed class DonorImpactType : ObjectGraphType<DonorImpact>
{
    public DonorImpactType()
    {
        Name = "DonorImpact";
        Description = "What an organisation's deliveries did in a period (by delivery date): counted, never named.";
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(ctx => ctx.LoadById<Organisation, Guid>(ctx.Source.OrganisationId));
        Field<DateOnlyGraphType>("from").Resolve(ctx => ctx.Source.Period.From);
        Field<DateOnlyGraphType>("to").Resolve(ctx => ctx.Source.Period.To);
        Field<NonNullGraphType<IntGraphType>>("householdsServed").Description("Households that received at least one delivery.").Resolve(ctx => ctx.Source.Total.HouseholdsServed);
        Field<NonNullGraphType<IntGraphType>>("unitsDelivered").Resolve(ctx => ctx.Source.Total.UnitsDelivered);
        Field<NonNullGraphType<IntGraphType>>("needsCleared").Description("Needs it delivered to that are cleared now.").Resolve(ctx => ctx.Source.Total.NeedsCleared);
        Field<NonNullGraphType<IntGraphType>>("matchesDelivered").Resolve(ctx => ctx.Source.Total.MatchesDelivered);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DonorImpactCategoryType>>>>("byCategory").Resolve(ctx => ctx.Source.ByCategory);
    }
}

public sealed class DonorImpactCategoryType : ObjectGraphType<DonorImpactCategory>
{
    public DonorImpactCategoryType()
    {
        Name = "DonorImpactCategory";
        Field<NonNullGraphType<NeedCategoryType>>("category").Resolve(ctx => ctx.LoadById<NeedCategory, string>(ctx.Source.CategoryCode));
        Field<NonNullGraphType<IntGraphType>>("householdsServed").Resolve(ctx => ctx.Source.Figures.HouseholdsServed);
        Field<NonNullGraphType<IntGraphType>>("unitsDelivered").Resolve(ctx => ctx.Source.Figures.UnitsDelivered);
        Field<NonNullGraphType<IntGraphType>>("needsCleared").Resolve(ctx => ctx.Source.Figures.NeedsCleared);
        Field<NonNullGraphType<IntGraphType>>("matchesDelivered").Resolve(ctx => ctx.Source.Figures.MatchesDelivered);
    }
}
