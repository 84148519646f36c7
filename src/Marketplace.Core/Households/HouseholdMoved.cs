namespace Marketplace.Core.Households;

/// <summary>Announced when a household's file is updated: its community or point may have changed.</summary>
public sealed record HouseholdMoved(Household Household);
