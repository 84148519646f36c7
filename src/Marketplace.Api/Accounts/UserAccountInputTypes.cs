using Marketplace.Core.Accounts;

namespace Marketplace.Api.Accounts;

public sealed class UserAccountInputType : InputObjectGraphType<UserAccountArguments>
{
    public UserAccountInputType()
    {
        Name = "UserAccountInput";
        Description = "A new account. Give 'regionCode' for community staff (a community), social workers (any region) and officers (a sub-district); 'organisationId' for organisation staff; neither for admins.";
        Field<NonNullGraphType<StringGraphType>>("login").Description("3 to 100 lower-case letters, digits, '.', '_' or '-'.");
        Field<NonNullGraphType<StringGraphType>>("displayName");
        Field<NonNullGraphType<AccountRoleType>>("role");
        Field<StringGraphType>("regionCode");
        Field<IdGraphType>("organisationId");
        Field<StringGraphType>("email").Description("For Entra ID sign-in: linked on the first token whose preferred_username or e-mail matches.");
        Field<BooleanGraphType>("leadsOrganisation").Description("Organisation staff only: may manage the organisation's staff accounts.").DefaultValue(false);
    }
}

public sealed class UserAccountArguments
{
    public string Login { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public Role Role { get; set; }
    public string? RegionCode { get; set; }
    public Guid? OrganisationId { get; set; }
    public string? Email { get; set; }
    public bool LeadsOrganisation { get; set; }

    public NewUserAccount ToInput() => new(Login, DisplayName, Role, RegionCode, OrganisationId, Email, LeadsOrganisation);
}

public sealed class UserAccountChangesInputType : InputObjectGraphType<UserAccountChangesArguments>
{
    public UserAccountChangesInputType()
    {
        Name = "UserAccountChangesInput";
        Description = "What changes; what is left out stays. A role of another kind (region ↔ organisation) needs its new scope. An empty e-mail removes it.";
        Field<StringGraphType>("displayName");
        Field<AccountRoleType>("role");
        Field<StringGraphType>("regionCode");
        Field<IdGraphType>("organisationId");
        Field<StringGraphType>("email");
        Field<BooleanGraphType>("leadsOrganisation");
    }
}

public sealed class UserAccountChangesArguments
{
    public string? DisplayName { get; set; }
    public Role? Role { get; set; }
    public string? RegionCode { get; set; }
    public Guid? OrganisationId { get; set; }
    public string? Email { get; set; }
    public bool? LeadsOrganisation { get; set; }

    public UserAccountChanges ToChanges() => new(DisplayName, Role, RegionCode, OrganisationId, Email, LeadsOrganisation);
}

public sealed class UserAccountFilterInputType : InputObjectGraphType<UserAccountFilterArguments>
{
    public UserAccountFilterInputType()
    {
        Name = "UserAccountFilter";
        Field<AccountRoleType>("role");
        Field<StringGraphType>("regionCode").Description("A region at any level, its descendants included.");
        Field<IdGraphType>("organisationId");
        Field<BooleanGraphType>("active");
        Field<StringGraphType>("search").Description("A part of the login or the display name.");
    }
}

public sealed class UserAccountFilterArguments
{
    public Role? Role { get; set; }
    public string? RegionCode { get; set; }
    public Guid? OrganisationId { get; set; }
    public bool? Active { get; set; }
    public string? Search { get; set; }

    public UserAccountFilter ToFilter() => new(Role, RegionCode, OrganisationId, Active, Search);
}
