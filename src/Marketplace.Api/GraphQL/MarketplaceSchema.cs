using GraphQL;
using GraphQL.Types;
using Marketplace.Api.Clearance;
using Marketplace.Api.Identity;
using Marketplace.Api.Households;
using Marketplace.Api.Matching;
using Marketplace.Api.Needs;
using Marketplace.Api.Organisations;
using Marketplace.Api.Projects;
using Marketplace.Api.Regions;
using Marketplace.Api.Resources;
using Marketplace.Api.Subscriptions;

namespace Marketplace.Api.GraphQL;

public sealed class MarketplaceSchema : Schema
{
    public MarketplaceSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "Marketplace: the needs list of households in difficulty, and the donors, social organisations and charity projects that serve it.";
    }
}

/// <summary>The query root: each feature adds its own fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        // Signed-in users only, but for the fields that say AllowAnonymous (public reference data).
        this.AuthorizeWithPolicy(IdentitySetup.SignedInPolicy);
        this.AddRegionQueries();
        this.AddNeedQueries();
        this.AddOrganisationQueries();
        this.AddResourceQueries();
        this.AddCharityProjectQueries();
        this.AddIdentityQueries();
        this.AddMatchingQueries();
        this.AddAllocationQueries();
        this.AddClearanceQueries();
    }
}

/// <summary>The mutation root: each feature adds its own commands. All act as the signed-in user.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AuthorizeWithPolicy(IdentitySetup.SignedInPolicy);
        this.AddNeedMutations();
        this.AddHouseholdMutations();
        this.AddResourceMutations();
        this.AddMatchMutations();
        this.AddCharityProjectMutations();
        this.AddAllocationMutations();
    }
}
