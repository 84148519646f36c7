using Marketplace.Api.GraphQL.Paging;
using Marketplace.Api.GraphQL.Types;
using Marketplace.Api.Needs;
using Marketplace.Api.Organisations;
using Marketplace.Core.Categories;
using Marketplace.Core.Organisations;
using Marketplace.Core.Resources;

namespace Marketplace.Api.Resources;

public sealed class ResourceType : ObjectGraphType<Resource>
{
    public ResourceType(IEnumerable<FieldsOf<ResourceType>> features)
    {
        Name = "Resource";
        Description = "A charity resource (资源) an organisation offers within its service radius.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(ctx => ctx.LoadById<Organisation, Guid>(ctx.Source.OrganisationId));
        Field(x => x.CategoryCode);
        Field<NonNullGraphType<NeedCategoryType>>("category").Resolve(ctx => ctx.LoadById<NeedCategory, string>(ctx.Source.CategoryCode));
        Field<NonNullGraphType<ResourceKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Title);
        Field(x => x.Description, nullable: true);
        Field(x => x.Quantity);
        Field(x => x.Unit);
        Field(x => x.RemainingCapacity).Description("Quantity minus what accepted and delivered matches hold.");
        Field<NonNullGraphType<GeoJsonPointType>>("location").Resolve(ctx => ctx.Source.Location);
        Field(x => x.ServiceRadiusMeters);
        Field(x => x.AvailableFrom, nullable: true);
        Field(x => x.AvailableUntil, nullable: true);
        Field<NonNullGraphType<ResourceStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(x => x.PostedAt);
        this.AddFieldsFrom(features);
    }
}

public sealed class ResourceConnectionType() : ConnectionType<ResourceType, ResourceEdgeType, ResourceHit>("Resource", hit => hit.Resource);

public sealed class ResourceEdgeType() : EdgeType<ResourceType, ResourceHit>("Resource", hit => hit.Resource, hit => hit.DistanceMeters);
