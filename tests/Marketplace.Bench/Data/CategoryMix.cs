using Marketplace.Core.Resources;
using Npgsql;

namespace Marketplace.Bench.Data;

internal sealed record Category(string Code, string Name, string Unit, ResourceKind Kind);

/// <summary>
/// The leaf categories of the taxonomy `migrate` inserted, the first ones in the taxonomy's
/// order more common than the last (meals and groceries are asked for far more than legal aid),
/// so that some categories are dense and some sparse, as in a real city.
/// </summary>
internal static class CategoryMix
{
    public static async Task<Weighted<Category>> LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT code, name FROM need_categories c
            WHERE NOT EXISTS (SELECT FROM need_categories k WHERE k.parent_code = c.code)
            ORDER BY sort_order, code
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var leaves = new List<(Category, double)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = reader.GetString(0);
            leaves.Add((new Category(code, reader.GetString(1), UnitOf(code), KindOf(code)), 1 / Math.Pow(leaves.Count + 1, 0.6)));
        }
        if (leaves.Count == 0) throw new InvalidOperationException("need_categories is empty: run `Marketplace.Api.dll migrate` first.");
        return new Weighted<Category>([.. leaves]);
    }

    private static string UnitOf(string code) => code switch
    {
        "MEAL_DELIVERY" or "GRAIN_AND_OIL" or "DAILY_NECESSITIES" => "份",
        "TUTORING" => "小时",
        "EMPLOYMENT" => "个",
        "HOME_REPAIR" => "户",
        _ => "人次",
    };

    private static ResourceKind KindOf(string code) => code switch
    {
        "GRAIN_AND_OIL" or "DAILY_NECESSITIES" => ResourceKind.Goods,
        "EMPLOYMENT" => ResourceKind.Job,
        "TEMPORARY_RELIEF" => ResourceKind.Funds,
        "TUTORING" => ResourceKind.VolunteerTime,
        _ => ResourceKind.Service,
    };
}
