using Marketplace.Core.Labels;

namespace Marketplace.Api.Labels;

public sealed class LabelScopeType : EnumerationGraphType<LabelScope>
{
    public LabelScopeType() => Description = "What a label is for: HOUSEHOLD, PERSON or BOTH.";
}

public sealed class LabelDimensionType : ObjectGraphType<LabelDimension>
{
    public LabelDimensionType()
    {
        Name = "LabelDimension";
        Description = "A dimension of the label vocabulary (生活, 健康, 就业 …).";
        Field(x => x.Code);
        Field(x => x.Name).Description("Chinese name.");
        Field(x => x.NameEn).Description("English name.");
        Field(x => x.SortOrder);
    }
}

public sealed class LabelType : ObjectGraphType<Label>
{
    public LabelType()
    {
        Name = "Label";
        Description = "A label of the managed vocabulary households and persons are tagged with (独居, 重度残疾, 应届毕业生 …).";
        Field(x => x.Code);
        Field(x => x.DimensionCode);
        Field(x => x.Name).Description("Chinese name.");
        Field(x => x.NameEn).Description("English name.");
        Field<NonNullGraphType<LabelScopeType>>("appliesTo").Resolve(ctx => ctx.Source.AppliesTo);
        Field(x => x.SortOrder);
        Field(x => x.RetiredAt, nullable: true).Description("When it stopped being offered for new tags; files that carry it keep it.");
    }
}
