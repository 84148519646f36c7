using Marketplace.Api.Clearance.Exports;
using Marketplace.Core.Clearance;

namespace Marketplace.Api.Clearance;

public static class ClearanceSetup
{
    public static IServiceCollection AddClearance(this IServiceCollection services) => services
        .AddSingleton<ClearanceReport>().AddSingleton<NeedsMapQuery>().AddSingleton<CoverageGapQuery>().AddSingleton<DonorImpactQuery>().AddSingleton<NeedsLedger>()
        .AddSingleton<StaffingQuery>().AddScoped<StaffingLoader>()
        .AddQueryFields(ClearanceQueries.AddClearanceQueries);

    public static WebApplication MapClearance(this WebApplication app) => app.MapLedgerExport();
}
