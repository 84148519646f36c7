using Marketplace.Core.Clearance;
using Marketplace.Core.Regions;

namespace Marketplace.Api.Clearance;

public sealed class ClearanceGroupByType : EnumerationGraphType
{
    public ClearanceGroupByType()
    {
        Name = "ClearanceGroupBy";
        Description = "How clearance figures are broken down.";
        Add("SUBDISTRICT", ClearanceGrouping.SubDistrict, "By the sub-district (街道/乡镇) of each need's community.");
        Add("COMMUNITY", ClearanceGrouping.Community, "By each need's community (社区/村).");
        Add("CATEGORY", ClearanceGrouping.Category, "By the category each need was reported in.");
        Add("MONTH", ClearanceGrouping.Month, "By the month each need was collected, China time; keys are yyyy-MM.");
        Add("ORGANISATION", ClearanceGrouping.Organisation,
            "By the organisation whose resource or project was accepted for the need; a need served by two counts under both, and needs no organisation took on share the empty key.");
    }
}

public sealed class ClearanceFiguresType : ObjectGraphType<ClearanceFigures>
{
    public ClearanceFiguresType()
    {
        Name = "ClearanceFigures";
        Description = "Of the needs collected (reported) in the period, as they stand now. The definitions are in the README, 'Clearance figures'.";
        Field(x => x.Collected).Description("Needs reported in the period.");
        Field(x => x.Cleared).Description("Of those, cleared (销号) now; a re-opened need counts only once cleared again.");
        Field(x => x.Open).Description("Of those, neither cleared nor cancelled.");
        Field(x => x.Overdue).Description("Of the open ones, past their due date today.");
        Field(x => x.Cancelled).Description("Of those, cancelled: left out of the clearance rate.");
        Field(x => x.ClearanceRate, nullable: true).Description("cleared / (collected − cancelled), 0 to 1; null when that is 0.");
        Field(x => x.MedianDaysToClear, nullable: true).Description("Median days from report to (last) clearance, over the cleared needs.");
        Field(x => x.P90DaysToClear, nullable: true).Description("90th percentile of the same (continuous).");
    }
}

public sealed class ClearanceGroupType : ObjectGraphType<ClearanceGroup>
{
    public ClearanceGroupType()
    {
        Name = "ClearanceGroup";
        Field(x => x.Key).Description("A region code, category code, yyyy-MM month or organisation id; empty for 'none'.");
        Field(x => x.Label).Description("The region's, category's or organisation's name; the month itself for months.");
        Field<NonNullGraphType<ClearanceFiguresType>>("figures").Resolve(ctx => ctx.Source.Figures);
        Field<StaffingType>("staffing")
            .Description("The group's residents and social workers, when the key is a region (by SUBDISTRICT or COMMUNITY); null otherwise.")
            .Resolve(ctx => RegionCode.IsWellFormed(ctx.Source.Key) ? ctx.Service<StaffingLoader>().ByRegion.Load(ctx.Source.Key) : null);
    }
}

public sealed class ClearanceStatsType : ObjectGraphType<ClearanceStats>
{
    public ClearanceStatsType(IEnumerable<FieldsOf<ClearanceStatsType>> features)
    {
        Name = "ClearanceStats";
        Field(x => x.RegionCode);
        Field<DateOnlyGraphType>("from").Resolve(ctx => ctx.Source.Period.From);
        Field<DateOnlyGraphType>("to").Resolve(ctx => ctx.Source.Period.To);
        Field<ClearanceGroupByType>("groupBy").Resolve(ctx => ctx.Source.GroupBy);
        Field<NonNullGraphType<ClearanceFiguresType>>("total").Resolve(ctx => ctx.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClearanceGroupType>>>>("groups")
            .Description("One per key with at least one need collected, by key; empty without 'groupBy'.")
            .Resolve(ctx => ctx.Source.Groups);
        Field<NonNullGraphType<StaffingType>>("staffing")
            .Description("The region's residents and social workers: social workers per 3,000 residents where the population is known.")
            .Resolve(ctx => ctx.Service<StaffingLoader>().ByRegion.Load(ctx.Source.RegionCode));
        this.AddFieldsFrom(features);
    }
}
