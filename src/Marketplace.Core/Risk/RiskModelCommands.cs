using Marketplace.Core.Households;

namespace Marketplace.Core.Risk;

/// <summary>
/// Admins publish a new version of the model; caseworkers who keep a household's file override its
/// level with a reason, or clear the override. Every change of score or level is in the history.
/// </summary>
public sealed class RiskModelCommands(CommandRunner runner, RiskScorer scorer)
{
    /// <summary>
    /// Saves the version and makes it current in one transaction, then re-scores every household
    /// right after, in transactions of its own (<see cref="RiskScorer.ScoreAllAsync"/>): a
    /// re-scoring of a city takes seconds, and held in the publishing transaction it would keep
    /// every file edit of those seconds waiting on it, and deadlock with some. Households the
    /// re-scoring does not reach (a failure, a shutdown) are re-scored by the warnings' sweep,
    /// which takes every household not scored by the current version. Returns the version.
    /// </summary>
    public async Task<int> PublishAsync(Viewer viewer, RiskModelInput input, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (!viewer.IsAdmin) throw new ForbiddenException("Only admins publish the risk model.");
        var result = await runner.RunAsync(viewer, "publishRiskModel", idempotencyKey, async c =>
        {
            await RiskModelValidation.ValidateAsync(c.Db, input, cancellationToken);
            // One publication at a time: the second waits for the first, then numbers after it.
            await c.Db.RiskModelVersions.FromSql($"SELECT * FROM risk_model_versions WHERE is_current FOR UPDATE").AsNoTracking().ToListAsync(cancellationToken);
            var version = (await c.Db.RiskModelVersions.MaxAsync(m => (int?)m.Version, cancellationToken) ?? 0) + 1;
            await c.Db.RiskModelVersions.Where(m => m.IsCurrent).ExecuteUpdateAsync(set => set.SetProperty(m => m.IsCurrent, false), cancellationToken);
            c.Db.RiskModelVersions.Add(new RiskModelVersion
            {
                Version = version,
                CreatedAt = c.Now,
                CreatedBy = c.Viewer.Login,
                Note = input.Note?.Trim(),
                HighThreshold = input.HighThreshold,
                MediumThreshold = input.MediumThreshold,
                IsCurrent = true,
                Indicators = [.. input.Indicators.Select(i => new RiskIndicator
                {
                    ModelVersion = version, Code = i.Code, Dimension = i.Dimension, Name = i.Name.Trim(), NameEn = i.NameEn.Trim(),
                    Measure = i.Measure, Weight = i.Weight, Parameters = i.Parameters.ToJson(),
                })],
            });
            return VersionKey(version);
        }, cancellationToken);
        await scorer.ScoreAllAsync("publishRiskModel", viewer.Login, cancellationToken);
        return VersionOf(result);
    }

    public Task<Guid> OverrideAsync(Viewer viewer, Guid householdId, RiskLevel level, string reason, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "overrideRiskLevel", idempotencyKey, async c =>
        {
            var household = await LockFileAsync(c, householdId);
            var why = Validation.Required(reason, "reason", "Say why the computed level does not fit this household.", maxLength: 500);
            (household.RiskOverrideLevel, household.RiskOverrideReason, household.RiskOverriddenBy, household.RiskOverriddenAt) = (level, why, c.Viewer.Login, c.Now);
            household.RiskLevel = level;
            return await RescoreAsync(c, household, "overrideRiskLevel", cancellationToken);
        }, cancellationToken);

    /// <summary>The computed level applies again; clearing where there is no override changes nothing.</summary>
    public Task<Guid> ClearOverrideAsync(Viewer viewer, Guid householdId, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "clearRiskOverride", idempotencyKey, async c =>
        {
            var household = await LockFileAsync(c, householdId);
            if (household.RiskOverrideLevel is null) return household.Id;
            (household.RiskOverrideLevel, household.RiskOverrideReason, household.RiskOverriddenBy, household.RiskOverriddenAt) = (null, null, null, null);
            household.RiskLevel = household.ComputedRiskLevel ?? household.RiskLevel;
            return await RescoreAsync(c, household, "clearRiskOverride", cancellationToken);
        }, cancellationToken);

    private static async Task<Household> LockFileAsync(CommandContext c, Guid householdId)
    {
        var household = await c.LockAsync<Household>(householdId, "Household");
        Permissions.EnsureKeepsFilesOf(c.Viewer, household.CommunityCode);
        if (household.MergedIntoId is { } kept) throw new InvalidTransitionException($"This file was merged into household {kept}; act on that one.");
        return household;
    }

    // The override is recorded in the history with its actor even when the level it sets is the computed one.
    private async Task<Guid> RescoreAsync(CommandContext c, Household household, string cause, CancellationToken cancellationToken)
    {
        await c.Db.SaveChangesAsync(cancellationToken);
        if (await scorer.ScoreAsync(c, household.Id, cause, always: true, cancellationToken) is { } rescored)
        {
            await c.AnnounceAsync(rescored, cancellationToken);
        }
        return household.Id;
    }

    // The runner records a command's result as a GUID, so that a retry with the same key gets it
    // back: a version travels as its number in the GUID's first four bytes.
    private static Guid VersionKey(int version) => new(version, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static int VersionOf(Guid key) => BitConverter.ToInt32(key.ToByteArray(), 0);
}
