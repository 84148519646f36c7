using Marketplace.Core.Categories;

namespace Marketplace.Api.Categories;

public static class CategoriesSetup
{
    public static IServiceCollection AddCategoryAdministration(this IServiceCollection services) => services
        .AddSingleton<CategoryCommands>()
        .AddMutationFields(CategoryMutations.AddCategoryMutations);
}
