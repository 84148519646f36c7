namespace Marketplace.Core.Labels;

/// <summary>The vocabulary as anyone signed in reads it: dimensions in their order, labels by dimension and order.</summary>
public sealed class LabelVocabulary(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    public async Task<IReadOnlyList<LabelDimension>> DimensionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.LabelDimensions.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Code).ToListAsync(cancellationToken);
    }

    /// <summary>The labels offered, or with the retired ones too; in their dimension's order, then theirs.</summary>
    public async Task<IReadOnlyList<Label>> LabelsAsync(bool includeRetired, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var labels = db.Labels.AsNoTracking().Where(l => includeRetired || l.RetiredAt == null);
        return await labels
            .Join(db.LabelDimensions, l => l.DimensionCode, d => d.Code, (l, d) => new { Label = l, DimensionOrder = d.SortOrder })
            .OrderBy(x => x.DimensionOrder).ThenBy(x => x.Label.SortOrder).ThenBy(x => x.Label.Code)
            .Select(x => x.Label)
            .ToListAsync(cancellationToken);
    }
}
