using Marketplace.Api.GraphQL.Paging;
using Marketplace.Api.Households;
using Marketplace.Core.Households;

namespace Marketplace.Api.Cohorts;

public sealed class HouseholdConnectionType() : ConnectionType<HouseholdType, HouseholdEdgeType, Household>("Household", household => household);

public sealed class HouseholdEdgeType() : EdgeType<HouseholdType, Household>("Household", household => household, _ => null);
