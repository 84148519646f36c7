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
                (ctx, code, key) => ctx.Service<CategoryCommands>().CreateAsync(ctx.Viewer(), code, ctx.GetArgument<CategoryArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<CategoryInputType>>("input");

        Category(mutation, "updateCategory", "Renames a category, moves it in the tree or re-sorts it (admins); needs and resources keep it.",
                (ctx, code, key) => ctx.Service<CategoryCommands>().UpdateAsync(ctx.Viewer(), code, ctx.GetArgument<CategoryArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<CategoryInputType>>("input");

        Category(mutation, "retireCategory", "The category is no longer offered for new needs and resources; those that have it keep it (admins).",
            (ctx, code, key) => ctx.Service<CategoryCommands>().RetireAsync(ctx.Viewer(), code, key, ctx.CancellationToken));
    }

    private static global::GraphQL.Builders.FieldBuilder<object?, object> Category(
        ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, string, string?, Task<Guid>> run) =>
        mutation.Field<NonNullGraphType<NeedCategoryType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<StringGraphType>(CommandFields.IdempotencyKey, CommandFields.IdempotencyKeyDescription)
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                await run(ctx, code, ctx.GetArgument<string?>(CommandFields.IdempotencyKey));
                return (await ctx.Service<KeyedReads>().ByPrimaryKeyAsync<NeedCategory, string>([code], ctx.CancellationToken))[code];
            });
}
