namespace Marketplace.Core.Households;

/// <summary>
/// Announced, in the command's transaction, whenever a household's file changes: the household
/// itself, its members, its labels or its income. The risk model re-scores the household from it;
/// early warnings look at what changed. <paramref name="Cause"/> names the command (e.g. updateHousehold).
/// </summary>
public sealed record HouseholdFileChanged(Guid HouseholdId, string Cause);
