using Marketplace.Core.Needs;

namespace Marketplace.Api.Needs;

public sealed class NeedStatusType : EnumerationGraphType<NeedStatus>
{
    public NeedStatusType() => Description = "REPORTED → VERIFIED → CLAIMED → MATCHED → IN_SERVICE → CLEARED (销号); or CANCELLED.";
}

public sealed class UrgencyType : EnumerationGraphType<Urgency>
{
}

public sealed class NeedOrderType : EnumerationGraphType<NeedOrder>
{
    public NeedOrderType()
    {
        Name = "NeedOrderBy";
        Description = "NEWEST is the default, or NEAREST when the filter has 'near' (NEAREST needs it).";
    }
}

public sealed class NeedEventKindType : EnumerationGraphType<NeedEventKind>
{
}
