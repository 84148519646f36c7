using Marketplace.Api.GraphQL.Types;
using Marketplace.Api.Regions;
using Marketplace.Core.Organisations;
using Marketplace.Core.Regions;

namespace Marketplace.Api.Organisations;

public sealed class OrganisationKindType : EnumerationGraphType<OrganisationKind>
{
    public OrganisationKindType() => Description = "ENTERPRISE: a donor unit (爱心企业/单位). SOCIAL_ORGANISATION: 社会组织.";
}

public sealed class OrganisationType : ObjectGraphType<Organisation>
{
    public OrganisationType()
    {
        Name = "Organisation";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.Name);
        Field<NonNullGraphType<OrganisationKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.IsVerified);
        Field(x => x.RegionCode);
        Field<NonNullGraphType<RegionType>>("region").Resolve(ctx => ctx.LoadById<Region, string>(ctx.Source.RegionCode));
        Field<NonNullGraphType<GeoJsonPointType>>("location").Resolve(ctx => ctx.Source.Location);
        Field(x => x.Description, nullable: true);
        Field(x => x.ContactPhone, nullable: true);
        Field(x => x.IsSuspended).Description("A suspended organisation's resources are held (not suggested, no new matches) until it is verified again.");
        Field(x => x.SuspendedAt, nullable: true);
        Field<StringGraphType>("suspensionReason").Description("For the organisation's staff, the officers of its area and admins.").Resolve(ctx =>
        {
            var viewer = ctx.Viewer();
            var maySee = viewer.IsAdmin || viewer.OrganisationId == ctx.Source.Id || (viewer.Role == Role.SubDistrictOfficer && viewer.Covers(ctx.Source.RegionCode));
            return maySee ? ctx.Source.SuspensionReason : throw new ForbiddenException("Why an organisation is suspended is for its staff, the officers of its area and admins.");
        });
    }
}
