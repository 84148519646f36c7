using Marketplace.Api.Accounts;
using Marketplace.Api.Audit;
using Marketplace.Api.Categories;
using Marketplace.Api.Clearance;
using Marketplace.Api.Cohorts;
using Marketplace.Api.Duplicates;
using Marketplace.Api.HouseholdEvents;
using Marketplace.Api.Households;
using Marketplace.Api.Labels;
using Marketplace.Api.Matching;
using Marketplace.Api.Needs;
using Marketplace.Api.Onboarding;
using Marketplace.Api.Organisations;
using Marketplace.Api.Privacy;
using Marketplace.Api.Projects;
using Marketplace.Api.RegionImports;
using Marketplace.Api.Regions;
using Marketplace.Api.Resources;
using Marketplace.Api.Risk;
using Marketplace.Api.Subscriptions;
using Marketplace.Api.Warnings;

namespace Marketplace.Api;

/// <summary>
/// The one place that names every feature: each registers its own services, batch loaders,
/// hosted services, options and schema fields. A new feature adds one line here.
/// </summary>
public static class MarketplaceFeatures
{
    public static WebApplicationBuilder AddMarketplaceFeatures(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddRegions()
            .AddRegionImports()
            .AddOrganisations()
            .AddAudit()
            .AddAccounts()
            .AddOnboarding()
            .AddPrivacy()
            .AddLabels()
            .AddHouseholds()
            .AddNeeds(builder.Configuration)
            .AddCategoryAdministration()
            .AddResources()
            .AddProjects()
            .AddMatching()
            .AddClearance()
            .AddCohorts()
            .AddDuplicates()
            .AddRisk()
            .AddHouseholdEvents()
            .AddWarnings(builder.Configuration)
            .AddLiveUpdates();
        return builder;
    }

    public static WebApplication MapMarketplaceFeatures(this WebApplication app) => app.MapClearance();
}
