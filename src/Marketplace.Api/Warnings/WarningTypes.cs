using Marketplace.Api.HouseholdEvents;
using Marketplace.Api.Households;
using Marketplace.Api.Needs;
using Marketplace.Api.Regions;
using Marketplace.Core.Common.Paging;
using Marketplace.Core.Households;
using Marketplace.Core.Regions;
using Marketplace.Core.Warnings;

namespace Marketplace.Api.Warnings;

public sealed class WarningStatusType : EnumerationGraphType<WarningStatus>
{
    public WarningStatusType() => Description = "OPEN until acknowledged (the response its deadline is about), ACKNOWLEDGED, then RESOLVED with what was done.";
}

public sealed class WarningTriggerType : EnumerationGraphType<WarningTrigger>
{
}

public sealed class WarningType : ObjectGraphType<Warning>
{
    public WarningType()
    {
        Name = "Warning";
        Description = "An early warning (预警) for a household's area, raised by a rule, to be answered by its deadline.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<WarningRuleType>>("rule").Resolve(ctx => ctx.LoadById<WarningRule, string>(ctx.Source.RuleCode));
        Field(x => x.Detail).Description("What fired, without personal data.");
        Field(x => x.CommunityCode).Description("The household's community when raised: whose staff answer it.");
        Field<NonNullGraphType<RegionType>>("community").Resolve(ctx => ctx.LoadById<Region, string>(ctx.Source.CommunityCode));
        Field<NonNullGraphType<IdGraphType>>("householdId").Resolve(ctx => ctx.Source.HouseholdId);
        Field<NonNullGraphType<HouseholdType>>("household").Description("Its personal fields only for those allowed (the privacy rules).")
            .Resolve(ctx => ctx.LoadById<Household, Guid>(ctx.Source.HouseholdId));
        Field(x => x.RaisedAt);
        Field(x => x.DueAt).Description("The deadline to acknowledge it: raised + the rule's response hours.");
        Field<NonNullGraphType<WarningStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("Still OPEN past its deadline.")
            .Resolve(ctx => ctx.Source.Status == WarningStatus.Open && ctx.Source.DueAt < ctx.Service<TimeProvider>().GetUtcNow());
        Field(x => x.AcknowledgedBy, nullable: true);
        Field(x => x.AcknowledgedAt, nullable: true);
        Field(x => x.ResolvedBy, nullable: true);
        Field(x => x.ResolvedAt, nullable: true);
        Field(x => x.Resolution, nullable: true).Description("What was done.");
        Field<NeedType>("need").Description("The need reported (or linked) in answer, if any.")
            .Resolve(ctx => ctx.Source.NeedId is { } id ? ctx.LoadReadableNeed(id) : null);
    }
}

public sealed class WarningRuleType : ObjectGraphType<WarningRule>
{
    public WarningRuleType()
    {
        Name = "WarningRule";
        Description = "A warning rule, held as data: what it watches, with what parameters, and the time to respond.";
        Field(x => x.Code);
        Field(x => x.Name);
        Field(x => x.NameEn);
        Field<NonNullGraphType<WarningTriggerType>>("trigger").Resolve(ctx => ctx.Source.Trigger);
        Field<NonNullGraphType<WarningRuleParametersType>>("parameters").Resolve(ctx => WarningRuleParameters.FromJson(ctx.Source.Parameters));
        Field(x => x.ResponseHours);
        Field(x => x.IsActive);
    }
}

public sealed class WarningRuleParametersType : ObjectGraphType<WarningRuleParameters>
{
    public WarningRuleParametersType()
    {
        Name = "WarningRuleParameters";
        Field<RiskLevelType>("to").Description("RISK_ROSE: the level it rose to, at least.").Resolve(ctx => ctx.Source.To);
        Field<HouseholdEventKindType>("kind").Description("HOUSEHOLD_EVENT: the kind of event.").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Days, nullable: true).Description("ELDERLY_ALONE_NOT_VISITED: days without a visit.");
        Field(x => x.MinAge, nullable: true).Description("ELDERLY_ALONE_NOT_VISITED: from this age.");
        Field(x => x.Line, nullable: true).Description("INCOME_BELOW_LINE: the income line's code.");
    }
}

public sealed class WarningConnectionType() : Marketplace.Api.GraphQL.Paging.ConnectionType<WarningType, WarningEdgeType, Warning>("Warning", w => w);

public sealed class WarningEdgeType : ObjectGraphType<PageItem<Warning>>
{
    public WarningEdgeType()
    {
        Name = "WarningEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<WarningType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}
