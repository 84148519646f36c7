using Marketplace.Core.Labels;

namespace Marketplace.Api.Labels;

public static class LabelsSetup
{
    public static IServiceCollection AddLabels(this IServiceCollection services) => services
        .AddSingleton<LabelVocabulary>().AddSingleton<LabelCommands>()
        .AddQueryFields(LabelFields.AddLabelQueries)
        .AddMutationFields(LabelFields.AddLabelMutations);
}
