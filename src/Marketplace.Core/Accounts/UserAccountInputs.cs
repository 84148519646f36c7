namespace Marketplace.Core.Accounts;

/// <summary>An account to create: who, what they do, and where.</summary>
public sealed record NewUserAccount(string Login, string DisplayName, Role Role, string? RegionCode, Guid? OrganisationId, string? Email, bool LeadsOrganisation);

/// <summary>
/// What changes of an account; null leaves a field as it is. A new role of another kind (region
/// ↔ organisation) drops the old scope, so the new one must be given. An empty e-mail removes it.
/// </summary>
public sealed record UserAccountChanges(string? DisplayName, Role? Role, string? RegionCode, Guid? OrganisationId, string? Email, bool? LeadsOrganisation);
