using Marketplace.Api.GraphQL.Paging;
using Marketplace.Api.Organisations;
using Marketplace.Api.Regions;
using Marketplace.Core.Accounts;
using Marketplace.Core.Common.Paging;
using Marketplace.Core.Organisations;
using Marketplace.Core.Regions;

namespace Marketplace.Api.Accounts;

public sealed class UserAccountType : ObjectGraphType<UserAccount>
{
    public UserAccountType()
    {
        Name = "UserAccount";
        Description = "A person who may use the platform, with their role and scope; read by those who manage it.";
        Field(x => x.Login);
        Field(x => x.DisplayName);
        Field(x => x.Email, nullable: true).Description("In Entra ID mode, the first token whose preferred_username or e-mail is this address (or the login) is linked to the account.");
        Field<NonNullGraphType<AccountRoleType>>("role").Resolve(ctx => ctx.Source.Role);
        Field(x => x.RegionCode, nullable: true).Description("For community staff, social workers and officers.");
        Field<RegionType>("region").Resolve(ctx => ctx.Source.RegionCode is { } code ? ctx.LoadById<Region, string>(code) : null);
        Field<IdGraphType>("organisationId").Description("For organisation staff.").Resolve(ctx => ctx.Source.OrganisationId);
        Field<OrganisationType>("organisation").Resolve(ctx => ctx.Source.OrganisationId is { } id ? ctx.LoadById<Organisation, Guid>(id) : null);
        Field(x => x.LeadsOrganisation).Description("Manages the organisation's staff accounts.");
        Field(x => x.IsActive).Description("A deactivated account is refused on its next request, at most Authentication:AccountCacheDuration (30 s) later.");
        Field<NonNullGraphType<BooleanGraphType>>("isLinked").Description("In Entra ID mode: whether a sign-in has linked the account to its directory object yet.")
            .Resolve(ctx => ctx.Source.ExternalId is not null);
    }
}

public sealed class UserAccountEdgeType : ObjectGraphType<PageItem<UserAccount>>
{
    public UserAccountEdgeType()
    {
        Name = "UserAccountEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<UserAccountType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}

public sealed class UserAccountConnectionType() : ConnectionType<UserAccountType, UserAccountEdgeType, UserAccount>("UserAccount", account => account);
