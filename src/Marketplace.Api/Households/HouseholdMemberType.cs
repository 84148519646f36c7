using Marketplace.Core.Households.Members;

namespace Marketplace.Api.Households;

/// <summary>A person of a household: reached only through Household.members, which the privacy guard decides and logs.</summary>
public sealed class HouseholdMemberType : ObjectGraphType<HouseholdMember>
{
    public HouseholdMemberType()
    {
        Name = "HouseholdMember";
        Description = "A person of a household (家庭成员). Personal, as the household's identity is.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.Name);
        Field<NonNullGraphType<MemberRelationType>>("relation").Resolve(ctx => ctx.Source.Relation);
        Field<NonNullGraphType<SexType>>("sex").Resolve(ctx => ctx.Source.Sex);
        Field(x => x.BirthDate, nullable: true);
        Field<IntGraphType>("age").Description("Full years today in China; none without a birth date.")
            .Resolve(ctx => ctx.Source.BirthDate is { } born ? MemberReads.AgeOn(born, ReportingCalendar.Today(ctx.Service<TimeProvider>())) : null);
        Field(x => x.IdNumber, nullable: true).Description("居民身份证号 (GB 11643), unique in the registry.");
        Field<DisabilityTypeType>("disabilityType").Resolve(ctx => ctx.Source.DisabilityType);
        Field<IntGraphType>("disabilityGrade").Description("1 (most severe) to 4, as on the certificate.").Resolve(ctx => (int?)ctx.Source.DisabilityGrade);
        Field(x => x.ChronicIllness, nullable: true);
        Field<EmploymentStatusType>("employmentStatus").Resolve(ctx => ctx.Source.EmploymentStatus);
        Field<SchoolStageType>("schoolStage").Resolve(ctx => ctx.Source.SchoolStage);
        Field(x => x.InFinalYear).Description("In the last year of their school stage (应届).");
        Field(x => x.LivesAlone);
        Field(x => x.Labels).Description("Codes of the label vocabulary (the 'labels' query names them).");
        Field(x => x.AddedAt);
        Field(x => x.RemovedAt, nullable: true);
        Field(x => x.RemovalReason, nullable: true);
    }
}
