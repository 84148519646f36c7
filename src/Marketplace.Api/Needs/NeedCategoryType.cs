using Marketplace.Core.Categories;

namespace Marketplace.Api.Needs;

public sealed class NeedCategoryType : ObjectGraphType<NeedCategory>
{
    public NeedCategoryType()
    {
        Name = "NeedCategory";
        Description = "A node of the need taxonomy; filtering by a category includes its sub-categories.";
        Field(x => x.Code);
        Field(x => x.Name).Description("Chinese name.");
        Field(x => x.NameEn).Description("English name.");
        Field(x => x.ParentCode, nullable: true);
        Field(x => x.SortOrder).Description("Where it comes among its siblings, lowest first.");
        Field(x => x.RetiredAt, nullable: true).Description("When it stopped being offered for new needs and resources; those that have it keep it.");
        Field<NeedCategoryType>("parent").Resolve(ctx =>
            ctx.Source.ParentCode is { } parent ? ctx.LoadById<NeedCategory, string>(parent) : null);
    }
}
