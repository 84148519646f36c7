using Marketplace.Api.Needs;
using Marketplace.Api.Privacy;
using Marketplace.Api.Projects;
using Marketplace.Api.Resources;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;
using Marketplace.Core.Projects;
using Marketplace.Core.Resources;

namespace Marketplace.Api.Matching;

public sealed class MatchType : ObjectGraphType<Match>
{
    public MatchType()
    {
        Name = "Match";
        Description = "A need linked to a resource or a charity project, with the quantity allocated.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<NeedType>>("need").Resolve(ctx => ctx.LoadById<Need, Guid>(ctx.Source.NeedId));
        Field<ResourceType>("resource").Resolve(ctx =>
            ctx.Source.ResourceId is { } id ? ctx.LoadById<Resource, Guid>(id) : null);
        Field<CharityProjectType>("charityProject").Resolve(ctx =>
            ctx.Source.CharityProjectId is { } id ? ctx.LoadById<CharityProject, Guid>(id) : null);
        Field(x => x.Quantity);
        Field<NonNullGraphType<MatchStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(x => x.ProposedAt);
        Field(x => x.ProposedBy);
        Field(x => x.DecidedAt, nullable: true);
        Field(x => x.DeliveredAt, nullable: true);
        Field<DeliveryContactType>("delivery")
            .Description("Who to ask for, how to call, where to go: for the organisation that accepted the match, until it is delivered. Personal: every read is recorded.")
            .Resolve(ctx => ctx.Service<PersonalDataGuard>().RevealDelivery(ctx.Source.Id));
    }
}

public sealed class DeliveryContactType : ObjectGraphType<DeliveryContact>
{
    public DeliveryContactType()
    {
        Name = "DeliveryContact";
        Field(x => x.HeadName);
        Field(x => x.Phone, nullable: true);
        Field(x => x.Address);
    }
}
