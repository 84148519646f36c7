using System.Text.RegularExpressions;
using Marketplace.Core.Audit;

namespace Marketplace.Core.Categories;

/// <summary>What an admin says of a category: its names, its place in the tree, its order.</summary>
public sealed record CategoryInput(string Name, string NameEn, string? ParentCode, int SortOrder);

/// <summary>
/// Admins extend the taxonomy: new categories, renamed or moved ones, retired ones (no longer
/// offered for new needs and resources; those that have one keep it). A category is never deleted.
/// Each act is audited. The cached taxonomy (CategoryTaxonomy) sees a change within its minute.
/// </summary>
public sealed partial class CategoryCommands(CommandRunner runner)
{
    public Task<Guid> CreateAsync(Viewer viewer, string code, CategoryInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "createCategory", idempotencyKey, async c =>
        {
            EnsureAdmin(c.Viewer);
            if (!CodePattern().IsMatch(code ?? "")) throw new ValidationException("A category code has 2 to 40 capitals, digits or '_', starting with a capital (e.g. HOME_REPAIR).", "code");
            await ValidateAsync(c, code!, input, cancellationToken);
            if (await c.Db.NeedCategories.AnyAsync(cat => cat.Code == code, cancellationToken)) throw new ConflictException($"A category '{code}' exists already.");
            var category = new NeedCategory { Code = code!, Name = input.Name.Trim(), NameEn = input.NameEn.Trim(), ParentCode = input.ParentCode, SortOrder = input.SortOrder };
            c.Db.NeedCategories.Add(category);
            c.Audit("category.created", nameof(NeedCategory), category.Code, null, Snapshot(category));
            return Guid.Empty; // A category is found by its code, which the caller has: the runner's result carries nothing.
        }, cancellationToken);

    public Task<Guid> UpdateAsync(Viewer viewer, string code, CategoryInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "updateCategory", idempotencyKey, async c =>
        {
            EnsureAdmin(c.Viewer);
            var category = await c.Db.NeedCategories.SingleOrDefaultAsync(cat => cat.Code == code, cancellationToken) ?? throw new NotFoundException("Category", code);
            await ValidateAsync(c, code, input, cancellationToken);
            var before = Snapshot(category);
            (category.Name, category.NameEn, category.ParentCode, category.SortOrder) = (input.Name.Trim(), input.NameEn.Trim(), input.ParentCode, input.SortOrder);
            c.Audit("category.updated", nameof(NeedCategory), code, before, Snapshot(category));
            return Guid.Empty;
        }, cancellationToken);

    public Task<Guid> RetireAsync(Viewer viewer, string code, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "retireCategory", idempotencyKey, async c =>
        {
            EnsureAdmin(c.Viewer);
            var category = await c.Db.NeedCategories.SingleOrDefaultAsync(cat => cat.Code == code, cancellationToken) ?? throw new NotFoundException("Category", code);
            if (category.RetiredAt is not null) throw new InvalidTransitionException($"Category '{code}' is retired already.");
            category.RetiredAt = c.Now;
            c.Audit("category.retired", nameof(NeedCategory), code, new { RetiredAt = (DateTimeOffset?)null }, new { category.RetiredAt });
            return Guid.Empty;
        }, cancellationToken);

    private static void EnsureAdmin(Viewer viewer)
    {
        if (!viewer.IsAdmin) throw new ForbiddenException("The need taxonomy is the platform's: admins change it.");
    }

    private static async Task ValidateAsync(CommandContext c, string code, CategoryInput input, CancellationToken cancellationToken)
    {
        Validation.Required(input.Name, "name", "Give the category's Chinese name.", maxLength: 100);
        Validation.Required(input.NameEn, "nameEn", "Give the category's English name.", maxLength: 100);
        if (input.ParentCode is not { } parent) return;
        // Walking up from the parent must not meet the category itself: the tree stays a tree.
        var parents = await c.Db.NeedCategories.AsNoTracking().ToDictionaryAsync(cat => cat.Code, cat => cat.ParentCode, cancellationToken);
        if (!parents.ContainsKey(parent)) throw new ValidationException($"Unknown parent category '{parent}'; the 'categories' query lists them.", "parentCode");
        for (string? at = parent; at is not null; at = parents.GetValueOrDefault(at))
        {
            if (at == code) throw new ValidationException($"'{parent}' is '{code}' itself or under it: a category cannot be placed under itself.", "parentCode");
        }
    }

    private static object Snapshot(NeedCategory category) => new { category.Name, category.NameEn, category.ParentCode, category.SortOrder };

    [GeneratedRegex("^[A-Z][A-Z0-9_]{1,39}$")]
    private static partial Regex CodePattern();
}
