using Marketplace.Api.Clearance.Exports;
using Marketplace.Api.Schema;
using Marketplace.Core.Clearance;

namespace Marketplace.Api.Clearance;

public static class ClearanceSetup
{
    public static IServiceCollection AddClearance(this IServiceCollection services)
    {
        services.AddSingleton<ClearanceReport>();
        services.AddSingleton<NeedsMapQuery>();
        services.AddSingleton<CoverageGapQuery>();
        services.AddSingleton<DonorImpactQuery>();
        services.AddSingleton<NeedsLedger>();
        return services.AddQueryFields(ClearanceQueries.AddClearanceQueries);
    }

    public static WebApplication MapClearance(this WebApplication app) => app.MapLedgerExport();
}
