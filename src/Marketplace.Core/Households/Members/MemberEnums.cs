namespace Marketplace.Core.Households.Members;

/// <summary>与户主关系.</summary>
public enum MemberRelation
{
    Head,
    Spouse,
    Child,
    Parent,
    Grandchild,
    Grandparent,
    Sibling,
    ChildInLaw,
    Other,
}

public enum Sex
{
    Female,
    Male,
}

/// <summary>The seven kinds of the disability certificate (残疾类别).</summary>
public enum DisabilityType
{
    Visual,
    Hearing,
    Speech,
    Physical,
    Intellectual,
    Mental,
    Multiple,
}

public enum EmploymentStatus
{
    Employed,
    FlexiblyEmployed,
    Unemployed,
    Retired,
    UnableToWork,
    NotOfWorkingAge,
}

public enum SchoolStage
{
    Preschool,
    Primary,
    JuniorSecondary,
    SeniorSecondary,
    Vocational,
    Higher,
}
