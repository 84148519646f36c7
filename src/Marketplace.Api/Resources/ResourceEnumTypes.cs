using Marketplace.Core.Resources;

namespace Marketplace.Api.Resources;

public sealed class ResourceKindType : EnumerationGraphType<ResourceKind>
{
}

public sealed class ResourceStatusType : EnumerationGraphType<ResourceStatus>
{
}
