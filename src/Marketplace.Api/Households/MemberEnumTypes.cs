using Marketplace.Core.Households.Members;

namespace Marketplace.Api.Households;

public sealed class MemberRelationType : EnumerationGraphType<MemberRelation>
{
    public MemberRelationType() => Description = "与户主关系: the head (户主) and how each member is related to them.";
}

public sealed class SexType : EnumerationGraphType<Sex>;

public sealed class DisabilityTypeType : EnumerationGraphType<DisabilityType>
{
    public DisabilityTypeType() => Description = "The seven kinds of the disability certificate (残疾类别): 视力 VISUAL, 听力 HEARING, 言语 SPEECH, 肢体 PHYSICAL, 智力 INTELLECTUAL, 精神 MENTAL, 多重 MULTIPLE.";
}

public sealed class EmploymentStatusType : EnumerationGraphType<EmploymentStatus>;

public sealed class SchoolStageType : EnumerationGraphType<SchoolStage>
{
    public SchoolStageType() => Description = "学前 PRESCHOOL, 小学 PRIMARY, 初中 JUNIOR_SECONDARY, 高中 SENIOR_SECONDARY, 中职 VOCATIONAL, 大学 HIGHER.";
}
