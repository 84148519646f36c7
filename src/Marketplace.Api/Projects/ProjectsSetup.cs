using Marketplace.Core.Projects;

namespace Marketplace.Api.Projects;

public static class ProjectsSetup
{
    public static IServiceCollection AddProjects(this IServiceCollection services) => services
        .AddSingleton<CharityProjectDirectory>().AddSingleton<CharityProjectCommands>()
        .AddScoped<CharityProjectLoaders>()
        .AddQueryFields(CharityProjectQueries.AddCharityProjectQueries).AddMutationFields(CharityProjectMutations.AddCharityProjectMutations);
}
