using System.Text.RegularExpressions;

namespace Marketplace.Bench.Sql;

/// <summary>What an EXPLAIN ANALYZE says about the spatial part of a query, in one line for the report.</summary>
internal static partial class PlanCheck
{
    // "Order By: (location <-> …)" under an index scan: the index hands out rows nearest first
    // and the scan stops at the LIMIT. Without it every candidate is fetched, then sorted.
    private static bool IsIndexOrdered(string plan) => plan.Contains("Order By: (location <->", StringComparison.Ordinal);

    public static string Summarise(string plan)
    {
        var indexes = IndexScan().Matches(plan).Select(m => m.Groups["index"].Value).Distinct().ToList();
        var sequential = SequentialScan().Matches(plan).Select(m => m.Groups["table"].Value).Distinct().ToList();
        var sorted = !IsIndexOrdered(plan) && SortedRows(plan) is { } rows ? $", fetches and sorts {rows} candidate rows" : "";
        return $"indexes: {(indexes.Count == 0 ? "none" : string.Join(", ", indexes))}; " +
               $"{(IsIndexOrdered(plan) ? "index-ordered (KNN)" : "NOT index-ordered")}{sorted}; " +
               $"sequential scans: {(sequential.Count == 0 ? "none" : string.Join(", ", sequential))}";
    }

    /// <summary>The most rows any sort by distance was fed: how many candidates were fetched to keep 10.</summary>
    private static int? SortedRows(string plan)
    {
        var lines = plan.Split('\n');
        int? most = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains("Sort Key: ((", StringComparison.Ordinal) || !lines[i].Contains("<->", StringComparison.Ordinal)) continue;
            var child = Array.FindIndex(lines, i + 1, l => l.TrimStart(' ', '|').StartsWith("->", StringComparison.Ordinal));
            if (child >= 0 && ActualRows().Match(lines[child]) is { Success: true } m)
            {
                most = Math.Max(most ?? 0, int.Parse(m.Groups["rows"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return most;
    }

    [GeneratedRegex(@"(?:Index Scan|Index Only Scan|Bitmap Index Scan) (?:Backward )?(?:using|on) (?<index>\S+)")]
    private static partial Regex IndexScan();

    [GeneratedRegex(@"Seq Scan on (?<table>\S+)")]
    private static partial Regex SequentialScan();

    [GeneratedRegex(@"actual time=\S+ rows=(?<rows>\d+)")]
    private static partial Regex ActualRows();
}
