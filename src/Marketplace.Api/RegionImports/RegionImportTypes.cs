using Marketplace.Api.Regions;
using Marketplace.Core.RegionImports;

namespace Marketplace.Api.RegionImports;

public sealed class RegionImportType : ObjectGraphType<RegionImportResult>
{
    public RegionImportType()
    {
        Name = "RegionImport";
        Description = "What a region file adds and changes, or would on a dry run, and why any feature is refused. With any problem nothing is written.";
        Field(x => x.DryRun).Description("True when this was a preview: nothing was written.");
        Field(x => x.Applied).Description("True when the regions were written: not a dry run, and no problem.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionImportAdditionType>>>>("added").Resolve(ctx => ctx.Source.Added);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionImportChangeType>>>>("changed").Resolve(ctx => ctx.Source.Changed);
        Field(x => x.Unchanged).Description("Stored regions the file gives exactly as they are.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionImportProblemType>>>>("problems")
            .Description("Every problem of every refused feature, by index.")
            .Resolve(ctx => ctx.Source.Problems);
    }
}

public sealed class RegionImportAdditionType : ObjectGraphType<RegionImportAddition>
{
    public RegionImportAdditionType()
    {
        Name = "RegionImportAddition";
        Description = "A region the file adds.";
        Field(x => x.Index).Description("Its feature's index in 'features', from 0.");
        Field(x => x.Code);
        Field(x => x.Name);
        Field<NonNullGraphType<RegionLevelType>>("level").Resolve(ctx => ctx.Source.Level);
        Field(x => x.ParentCode, nullable: true);
        Field(x => x.Population, nullable: true);
        Field(x => x.HasBoundary).Description("False when the file gives only its centroid.");
    }
}

public sealed class RegionImportChangeType : ObjectGraphType<RegionImportChange>
{
    public RegionImportChangeType()
    {
        Name = "RegionImportChange";
        Description = "A stored region the file changes: name and population before → after; whether its boundary or centroid moves.";
        Field(x => x.Index).Description("Its feature's index in 'features', from 0.");
        Field(x => x.Code);
        Field<NonNullGraphType<RegionLevelType>>("level").Resolve(ctx => ctx.Source.Level);
        Field(x => x.NameBefore);
        Field(x => x.NameAfter);
        Field(x => x.NameChanged);
        Field(x => x.PopulationBefore, nullable: true);
        Field(x => x.PopulationAfter, nullable: true);
        Field(x => x.PopulationChanged);
        Field(x => x.BoundaryChanged).Description("A boundary given where none was stored counts as changed; a file without one keeps the stored one.");
        Field(x => x.CentroidChanged);
    }
}

public sealed class RegionImportProblemType : ObjectGraphType<RegionImportProblem>
{
    public RegionImportProblemType()
    {
        Name = "RegionImportProblem";
        Description = "Why one feature is refused.";
        Field(x => x.Index).Description("The feature's index in 'features', from 0.");
        Field(x => x.Code, nullable: true).Description("The feature's region code, as given; null when it has none.");
        Field<NonNullGraphType<RegionImportProblemCodeType>>("problem").Resolve(ctx => ctx.Source.Problem);
        Field(x => x.Message).Description("What is wrong, and what to change.");
    }
}

public sealed class RegionImportProblemCodeType : EnumerationGraphType<RegionImportProblemCode>
{
    public RegionImportProblemCodeType()
    {
        Name = "RegionImportProblemCode";
        Description = "Stable codes of a refused feature's problems.";
    }
}
