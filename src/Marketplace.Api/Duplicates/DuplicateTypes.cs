using Marketplace.Api.Households;
using Marketplace.Core.Duplicates;
using Marketplace.Core.Households;
using Marketplace.Core.Households.Duplicates;

namespace Marketplace.Api.Duplicates;

public sealed class DuplicateReasonType : EnumerationGraphType<DuplicateReason>
{
    public DuplicateReasonType() => Description = "SAME_PHONE: one phone number on both files. SIMILAR_NAME_AND_ADDRESS: the heads' names alike (or equal) and the addresses alike.";
}

public sealed class DuplicateSuspectType : ObjectGraphType<DuplicateSuspect>
{
    public DuplicateSuspectType()
    {
        Name = "DuplicateSuspect";
        Description = "Two live files that may be one household registered twice, in any two communities. Each household's identity is personal data: an officer sees that of their own area's, and the other's community and the reasons only.";
        Field<NonNullGraphType<HouseholdType>>("first").Description("The household with the smaller id.")
            .Resolve(ctx => ctx.LoadById<Household, Guid>(ctx.Source.FirstHouseholdId));
        Field<NonNullGraphType<HouseholdType>>("second").Resolve(ctx => ctx.LoadById<Household, Guid>(ctx.Source.SecondHouseholdId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DuplicateReasonType>>>>("reasons").Resolve(ctx => ctx.Source.Reasons);
        Field(x => x.SamePhone);
        Field(x => x.NameSimilarity).Description($"The heads' names' trigram similarity, 0 to 1; {DuplicateSuspects.NameThreshold} or more counts as alike.");
        Field(x => x.AddressSimilarity).Description($"The addresses' trigram similarity, 0 to 1; {DuplicateSuspects.AddressThreshold} or more counts as alike.");
        Field(x => x.FirstCommunityCode);
        Field(x => x.SecondCommunityCode);
    }
}

public sealed class DuplicateDismissalType : ObjectGraphType<DuplicateDismissal>
{
    public DuplicateDismissalType()
    {
        Name = "DuplicateDismissal";
        Description = "A suspect pair an officer found to be two households: not suggested again.";
        Field<NonNullGraphType<HouseholdType>>("first").Resolve(ctx => ctx.LoadById<Household, Guid>(ctx.Source.FirstHouseholdId));
        Field<NonNullGraphType<HouseholdType>>("second").Resolve(ctx => ctx.LoadById<Household, Guid>(ctx.Source.SecondHouseholdId));
        Field(x => x.Reason);
        Field(x => x.DismissedBy);
        Field(x => x.DismissedAt);
    }
}
