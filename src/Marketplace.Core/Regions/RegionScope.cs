using System.Linq.Expressions;
using System.Reflection;

namespace Marketplace.Core.Regions;

/// <summary>"In this region or under it", for any entity that carries a region code.</summary>
public static class RegionScope
{
    private static readonly MethodInfo CompareTo = typeof(string).GetMethod(nameof(string.CompareTo), [typeof(string)])!;

    /// <summary>
    /// Keeps the rows whose code lies in the region's descendant range. EF translates it to
    /// <c>code &gt;= from AND code &lt;= to</c>, which an ordinary btree index serves; codes are all
    /// digits, so every collation orders them alike.
    /// </summary>
    public static IQueryable<T> InRegion<T>(this IQueryable<T> rows, Expression<Func<T, string>> code, string regionCode)
    {
        var (from, to) = RegionCode.DescendantRange(regionCode);
        var body = Expression.AndAlso(
            Expression.GreaterThanOrEqual(Compare(code.Body, from), Expression.Constant(0)),
            Expression.LessThanOrEqual(Compare(code.Body, to), Expression.Constant(0)));
        return rows.Where(Expression.Lambda<Func<T, bool>>(body, code.Parameters));
    }

    // The bound goes in as a closure member, not a constant, so EF sends it as a parameter.
    private static MethodCallExpression Compare(Expression code, string bound) =>
        Expression.Call(code, CompareTo, Expression.Property(Expression.Constant(new Bound(bound)), nameof(Bound.Value)));

    private sealed record Bound(string Value);
}
