using Marketplace.Core.Clearance;

namespace Marketplace.Api.Clearance;

public sealed class StaffingType : ObjectGraphType<Staffing>
{
    public StaffingType()
    {
        Name = "Staffing";
        Description = "A region's residents and the social workers placed in it or under it (one above it counts at its own level).";
        Field(x => x.RegionCode);
        Field(x => x.Population, nullable: true).Description("Resident population where known (importRegions sets it).");
        Field(x => x.SocialWorkers).Description("Active social worker accounts whose region is this one or lies under it.");
        Field(x => x.SocialWorkersPer3000Residents, nullable: true).Description("socialWorkers × 3,000 ÷ population; null while the population is unknown.");
    }
}

/// <summary>Staffing of the regions a request asks for, in one batch (the groups of a breakdown by community, say).</summary>
public sealed class StaffingLoader(StaffingQuery query)
{
    public BatchLoader<string, Staffing?> ByRegion { get; } = new(
        async (codes, ct) => (await query.OfAsync(codes, ct)).ToDictionary(s => s.Key, s => (Staffing?)s.Value), missing: null);
}
