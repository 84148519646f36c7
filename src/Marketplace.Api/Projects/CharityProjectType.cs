using Marketplace.Api.Organisations;
using Marketplace.Api.Regions;
using Marketplace.Core.Organisations;
using Marketplace.Core.Projects;

namespace Marketplace.Api.Projects;

public sealed class CharityProjectStatusType : EnumerationGraphType<CharityProjectStatus>
{
}

public sealed class CharityProjectType : ObjectGraphType<CharityProject>
{
    public CharityProjectType()
    {
        Name = "CharityProject";
        Description = "A charity project (公益项目) run by a social organisation for households of its target regions.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.Name);
        Field(x => x.Description, nullable: true);
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(ctx => ctx.LoadById<Organisation, Guid>(ctx.Source.OrganisationId));
        Field(x => x.CategoryCodes).Description("Need categories the project serves.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("targetRegions")
            .Resolve(ctx => ctx.Service<CharityProjectLoaders>().TargetRegions.Load(ctx.Source.Id));
        Field(x => x.CapacityHouseholds).Description("How many households the project can take on.");
        Field(x => x.RemainingCapacity).Description("Places left.");
        Field(x => x.StartsOn);
        Field(x => x.EndsOn, nullable: true);
        Field<NonNullGraphType<CharityProjectStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(x => x.FundedBy, nullable: true);
    }
}
