using System.Text.RegularExpressions;
using Marketplace.Core.Audit;

namespace Marketplace.Core.Labels;

/// <summary>What an admin says of a label: its dimension, names, what it applies to, its order.</summary>
public sealed record LabelInput(string DimensionCode, string Name, string NameEn, LabelScope AppliesTo, int SortOrder);

/// <summary>
/// Admins keep the label vocabulary: new labels, renamed or re-sorted ones, retired ones (no longer
/// offered for new tags; files that carry one keep it). A label is never deleted. Each act is audited.
/// </summary>
public sealed partial class LabelCommands(CommandRunner runner)
{
    public Task<Guid> CreateAsync(Viewer viewer, string code, LabelInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "createLabel", idempotencyKey, async c =>
        {
            EnsureAdmin(c.Viewer);
            if (!CodePattern().IsMatch(code ?? "")) throw new ValidationException("A label code has 2 to 40 capitals, digits or '_', starting with a capital (e.g. LIVING_ALONE).", "code");
            await ValidateAsync(c, input, cancellationToken);
            if (await c.Db.Labels.AnyAsync(l => l.Code == code, cancellationToken)) throw new ConflictException($"A label '{code}' exists already.");
            var label = new Label { Code = code!, DimensionCode = input.DimensionCode, Name = input.Name.Trim(), NameEn = input.NameEn.Trim(), AppliesTo = input.AppliesTo, SortOrder = input.SortOrder };
            c.Db.Labels.Add(label);
            c.Audit("label.created", nameof(Label), label.Code, null, Snapshot(label));
            return Guid.Empty; // A label is found by its code, which the caller has.
        }, cancellationToken);

    public Task<Guid> UpdateAsync(Viewer viewer, string code, LabelInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "updateLabel", idempotencyKey, async c =>
        {
            EnsureAdmin(c.Viewer);
            var label = await c.Db.Labels.SingleOrDefaultAsync(l => l.Code == code, cancellationToken) ?? throw new NotFoundException("Label", code);
            await ValidateAsync(c, input, cancellationToken);
            var before = Snapshot(label);
            (label.DimensionCode, label.Name, label.NameEn, label.AppliesTo, label.SortOrder) = (input.DimensionCode, input.Name.Trim(), input.NameEn.Trim(), input.AppliesTo, input.SortOrder);
            c.Audit("label.updated", nameof(Label), code, before, Snapshot(label));
            return Guid.Empty;
        }, cancellationToken);

    public Task<Guid> RetireAsync(Viewer viewer, string code, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "retireLabel", idempotencyKey, async c =>
        {
            EnsureAdmin(c.Viewer);
            var label = await c.Db.Labels.SingleOrDefaultAsync(l => l.Code == code, cancellationToken) ?? throw new NotFoundException("Label", code);
            if (label.RetiredAt is not null) throw new InvalidTransitionException($"Label '{code}' is retired already.");
            label.RetiredAt = c.Now;
            c.Audit("label.retired", nameof(Label), code, new { RetiredAt = (DateTimeOffset?)null }, new { label.RetiredAt });
            return Guid.Empty;
        }, cancellationToken);

    private static void EnsureAdmin(Viewer viewer)
    {
        if (!viewer.IsAdmin) throw new ForbiddenException("The label vocabulary is the platform's: admins change it.");
    }

    private static async Task ValidateAsync(CommandContext c, LabelInput input, CancellationToken cancellationToken)
    {
        Validation.Required(input.Name, "name", "Give the label's Chinese name.", maxLength: 50);
        Validation.Required(input.NameEn, "nameEn", "Give the label's English name.", maxLength: 100);
        if (!await c.Db.LabelDimensions.AnyAsync(d => d.Code == input.DimensionCode, cancellationToken))
        {
            throw new ValidationException($"Unknown dimension '{input.DimensionCode}'; the 'labelDimensions' query lists them.", "dimensionCode");
        }
    }

    private static object Snapshot(Label label) => new { label.DimensionCode, label.Name, label.NameEn, label.AppliesTo, label.SortOrder };

    [GeneratedRegex("^[A-Z][A-Z0-9_]{1,39}$")]
    private static partial Regex CodePattern();
}
