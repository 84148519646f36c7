using Marketplace.Core.Labels;

namespace Marketplace.Api.Labels;

public sealed class LabelArguments
{
    public string DimensionCode { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public LabelScope AppliesTo { get; set; }
    public int SortOrder { get; set; } = 1000;

    public LabelInput ToInput() => new(DimensionCode, Name, NameEn, AppliesTo, SortOrder);
}

public sealed class LabelInputType : InputObjectGraphType<LabelArguments>
{
    public LabelInputType()
    {
        Name = "LabelInput";
        Field<NonNullGraphType<StringGraphType>>("dimensionCode");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Chinese name.");
        Field<NonNullGraphType<StringGraphType>>("nameEn").Description("English name.");
        Field<NonNullGraphType<LabelScopeType>>("appliesTo");
        Field<IntGraphType>("sortOrder").DefaultValue(1000);
    }
}

/// <summary>The vocabulary for anyone signed in; its changes for admins, each audited.</summary>
public static class LabelFields
{
    public static void AddLabelQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LabelType>>>>("labels")
            .Description("The label vocabulary, by dimension and order: the labels offered unless asked for retired ones too.")
            .Argument<BooleanGraphType>("includeRetired", "Also the labels no longer offered for new tags.", a => a.DefaultValue = false)
            .ResolveAsync(async ctx => await ctx.Service<LabelVocabulary>().LabelsAsync(ctx.GetArgument("includeRetired", false), ctx.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LabelDimensionType>>>>("labelDimensions")
            .Description("The dimensions of the label vocabulary, in order.")
            .ResolveAsync(async ctx => await ctx.Service<LabelVocabulary>().DimensionsAsync(ctx.CancellationToken));
    }

    public static void AddLabelMutations(this ObjectGraphType mutation)
    {
        Label(mutation, "createLabel", "A new label of the vocabulary (admins).",
                (ctx, viewer, code, key) => ctx.Service<LabelCommands>().CreateAsync(viewer, code, ctx.GetArgument<LabelArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<LabelInputType>>("input");

        Label(mutation, "updateLabel", "Renames, re-sorts or moves a label (admins); files keep it.",
                (ctx, viewer, code, key) => ctx.Service<LabelCommands>().UpdateAsync(viewer, code, ctx.GetArgument<LabelArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<LabelInputType>>("input");

        Label(mutation, "retireLabel", "The label is no longer offered for new tags; files that carry it keep it (admins).",
            (ctx, viewer, code, key) => ctx.Service<LabelCommands>().RetireAsync(viewer, code, key, ctx.CancellationToken));
    }

    private static global::GraphQL.Builders.FieldBuilder<object?, object> Label(
        ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, Viewer, string, string?, Task> run) =>
        mutation.CommandOnKey<LabelType, Label>(name, description, ctx => ctx.GetArgument<string>("code"), run)
            .Argument<NonNullGraphType<StringGraphType>>("code");
}
