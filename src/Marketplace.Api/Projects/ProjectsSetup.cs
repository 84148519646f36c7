using Marketplace.Api.Schema;
using Marketplace.Core.Projects;

namespace Marketplace.Api.Projects;

public static class ProjectsSetup
{
    public static IServiceCollection AddProjects(this IServiceCollection services)
    {
        services.AddSingleton<CharityProjectDirectory>();
        services.AddSingleton<CharityProjectCommands>();
        services.AddScoped<CharityProjectLoaders>();
        services.AddQueryFields(CharityProjectQueries.AddCharityProjectQueries);
        return services.AddMutationFields(CharityProjectMutations.AddCharityProjectMutations);
    }
}
