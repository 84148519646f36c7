namespace Marketplace.Core.Labels;

/// <summary>The labels a household or a person may be tagged with: codes of the vocabulary, no free text.</summary>
public static class LabelChoice
{
    /// <summary>
    /// The codes, trimmed and each once, or VALIDATION naming <paramref name="field"/> and every code
    /// refused: unknown, retired, or for the other kind of record (<paramref name="kind"/> is Household
    /// or Person). A label the record already carries (<paramref name="kept"/>) stays whatever became of it.
    /// </summary>
    public static async Task<List<string>> EnsureOfferedAsync(
        CommandContext c, IReadOnlyCollection<string> codes, LabelScope kind, IReadOnlyCollection<string> kept, string field, CancellationToken cancellationToken)
    {
        var wanted = codes.Select(code => code.Trim()).Where(code => code.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var added = wanted.Except(kept, StringComparer.Ordinal).ToList();
        if (added.Count == 0) return wanted;

        var known = await c.Db.Labels.AsNoTracking().Where(l => added.Contains(l.Code)).ToDictionaryAsync(l => l.Code, cancellationToken);
        var refused = added.Select(code => known.TryGetValue(code, out var label) ? Refusal(label, kind) : $"'{code}' is not a label").OfType<string>().ToList();
        if (refused.Count > 0)
        {
            throw new ValidationException($"{string.Join("; ", refused)}. The 'labels' query lists the labels offered.", field);
        }
        return wanted;
    }

    private static string? Refusal(Label label, LabelScope kind) =>
        label.RetiredAt is not null ? $"'{label.Code}' ({label.Name}) is retired"
        : label.AppliesTo != LabelScope.Both && label.AppliesTo != kind ? $"'{label.Code}' ({label.Name}) applies to a {(kind == LabelScope.Person ? "household" : "person")}, not a {(kind == LabelScope.Person ? "person" : "household")}"
        : null;
}
