using Marketplace.Api.GraphQL.Paging;
using Marketplace.Core.Needs;

namespace Marketplace.Api.Needs;

public sealed class NeedConnectionType() : ConnectionType<NeedType, NeedEdgeType, NeedHit>("Need", hit => hit.Need);

public sealed class NeedEdgeType() : EdgeType<NeedType, NeedHit>("Need", hit => hit.Need, hit => hit.DistanceMeters);
