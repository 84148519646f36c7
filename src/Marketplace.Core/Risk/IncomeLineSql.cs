namespace Marketplace.Core.Risk;

/// <summary>
/// Which income line applies to a household: the line of that code set for its district, or
/// failing that for its city, or its province (codes ending 000000, 00000000, 0000000000 under
/// the same first digits), in force on @today. One definition, read by scoring and by warnings.
/// </summary>
public static class IncomeLineSql
{
    /// <summary>A scalar subquery: the monthly amount of line <paramref name="code"/> for the district of the 6 digits <paramref name="district"/>.</summary>
    public static string Amount(string code, string district) => $"""
        (SELECT l.monthly_amount FROM income_lines l
         WHERE l.code = {code} AND l.effective_from <= @today
           AND l.region_code IN (({district} || '000000')::bpchar, (left({district}, 4) || '00000000')::bpchar, (left({district}, 2) || '0000000000')::bpchar)
         ORDER BY l.region_code DESC LIMIT 1)
        """;
}
