using Marketplace.Core.Organisations;

namespace Marketplace.Core.Onboarding;

/// <summary>What an organisation says of itself when it applies to join.</summary>
public sealed record OrganisationApplicationInput(
    string Name, OrganisationKind Kind, string CreditCode, string RegionCode, double Latitude, double Longitude, string Address,
    string ContactName, string ContactPhone, IReadOnlyList<string> CategoryCodes, string? Description);
