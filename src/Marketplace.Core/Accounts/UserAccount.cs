using Marketplace.Core.Organisations;

namespace Marketplace.Core.Accounts;

/// <summary>
/// A person who may use the system, with their role and scope. A token says who someone is;
/// this row says what they may do, so a scope can change without issuing new tokens.
/// </summary>
public sealed class UserAccount
{
    /// <summary>The login: the token's subject in local mode (e.g. worker.xianqiao).</summary>
    public required string Login { get; init; }

    /// <summary>The Entra ID object id (oid) that maps to this account in production.</summary>
    public string? ExternalId { get; set; }

    /// <summary>
    /// In Entra ID mode, the account is linked (its <see cref="ExternalId"/> set) to the first token
    /// whose preferred_username or e-mail is this address or the login; kept lower-case.
    /// </summary>
    public string? Email { get; set; }

    public required string DisplayName { get; set; }
    public Role Role { get; set; }

    /// <summary>For staff, social workers and officers: the region they serve (its descendants included).</summary>
    public string? RegionCode { get; set; }
    public Region? Region { get; init; }

    /// <summary>For donors and social organisations: their organisation.</summary>
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; init; }

    /// <summary>For donors and social organisations: this person manages their organisation's staff accounts (the first staff account of an approved organisation does).</summary>
    public bool LeadsOrganisation { get; set; }

    public bool IsActive { get; set; } = true;

    public Viewer AsViewer() => new(Login, Role, RegionCode, OrganisationId);
}
