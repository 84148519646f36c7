using Marketplace.Api.Clearance;
using Marketplace.Core.Warnings;

namespace Marketplace.Api.Warnings;

public sealed class WarningFiguresType : ObjectGraphType<WarningFigures>
{
    public WarningFiguresType()
    {
        Name = "WarningFigures";
        Description = "Of the warnings raised in the region and period: how many were answered, in time, are overdue now, resolved.";
        Field(x => x.Raised);
        Field(x => x.Answered).Description("Acknowledged (or resolved), whenever.");
        Field(x => x.AnsweredInTime).Description("Acknowledged by their deadline.");
        Field(x => x.Overdue).Description("Still OPEN past their deadline now.");
        Field(x => x.Resolved);
        Field(x => x.InTimeRate, nullable: true).Description("answeredInTime / raised; null when none were raised.");
    }
}

/// <summary>The office's warning figures, added by the warnings feature to the clearance figures' type.</summary>
public static class WarningFiguresField
{
    public static void Add(ClearanceStatsType stats) =>
        stats.Field<WarningFiguresType>("warnings")
            .Description("Early warnings raised in the region and period (by when raised). Caseworkers of the area and admins; for organisations null, with FORBIDDEN.")
            .ResolveAsync(async ctx => await ctx.Service<WarningFiguresQuery>().OfAsync(
                ctx.Viewer(), ctx.Source.RegionCode, ctx.Source.Period, ctx.CancellationToken));
}
