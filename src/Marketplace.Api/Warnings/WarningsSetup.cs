using Marketplace.Api.Clearance;
using Marketplace.Core.Commands;
using Marketplace.Core.Households.Events;
using Marketplace.Core.Risk;
using Marketplace.Core.Warnings;

namespace Marketplace.Api.Warnings;

public static class WarningsSetup
{
    public static IServiceCollection AddWarnings(this IServiceCollection services, IConfiguration configuration) => services
        .AddSingleton<WarningSearch>().AddSingleton<WarningCommands>().AddSingleton<WarningRules>().AddSingleton<WarningFiguresQuery>()
        // Rules that fire on a change run in its transaction: a household re-scored, an event recorded.
        .AddSingleton<WarningReactions>()
        .AddSingleton<ICommandReaction<HouseholdRescored>>(provider => provider.GetRequiredService<WarningReactions>())
        .AddSingleton<ICommandReaction<HouseholdEventRecorded>>(provider => provider.GetRequiredService<WarningReactions>())
        // Time-based rules (and households not scored by the current model) on a timer.
        .AddSingleton<WarningSweeper>().AddHostedService<WarningSweepService>()
        .AddOptions<WarningOptions>().Bind(configuration.GetSection(WarningOptions.Section)).Services
        .AddSingleton(WarningNotice.Timeline)
        .AddFieldsOf<ClearanceStatsType>(WarningFiguresField.Add)
        .AddQueryFields(WarningFields.AddWarningQueries).AddMutationFields(WarningFields.AddWarningMutations)
        .AddSubscriptionFields(WarningSubscriptions.AddWarningSubscriptions);
}
