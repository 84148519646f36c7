using Marketplace.Api.Needs;
using Marketplace.Core.Categories;

namespace Marketplace.Api.Categories;

public sealed class CategoryInputType : InputObjectGraphType<CategoryArguments>
{
    public CategoryInputType()
    {
        Name = "CategoryInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Chinese name.");
        Field<NonNullGraphType<StringGraphType>>("nameEn").Description("English name.");
        Field<StringGraphType>("parentCode").Description("The category it refines; none for a top-level one.");
        Field<IntGraphType>("sortOrder").DefaultValue(1000);
    }
}

public sealed class CategoryArguments
{
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string? ParentCode { get; set; }
    public int SortOrder { get; set; } = 1000;

    public CategoryInput ToInput() => new(Name, NameEn, ParentCode, SortOrder);
}

/// <summary>Admins extend the need taxonomy; a category is retired, never deleted.</summary>
public static class CategoryMutations
{
    public static void AddCategoryMutations(this ObjectGraphType mutation)
    {
        Category(mutation, "createCategory", "A new category of the need taxonomy (admins).",
                (ctx, viewer, code, key) => ctx.Service<CategoryCommands>().CreateAsync(viewer, code, ctx.GetArgument<CategoryArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<CategoryInputType>>("input");

        Category(mutation, "updateCategory", "Renames a category, moves it in the tree or re-sorts it (admins); needs and resources keep it.",
                (ctx, viewer, code, key) => ctx.Service<CategoryCommands>().UpdateAsync(viewer, code, ctx.GetArgument<CategoryArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<CategoryInputType>>("input");

        Category(mutation, "retireCategory", "The category is no longer offered for new needs and resources; those that have it keep it (admins).",
            (ctx, viewer, code, key) => ctx.Service<CategoryCommands>().RetireAsync(viewer, code, key, ctx.CancellationToken));
    }

    private static global::GraphQL.Builders.FieldBuilder<object?, object> Category(
        ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, Viewer, string, string?, Task> run) =>
        mutation.CommandOnKey<NeedCategoryType, NeedCategory>(name, description, ctx => ctx.GetArgument<string>("code"), run)
            .Argument<NonNullGraphType<StringGraphType>>("code");
}
