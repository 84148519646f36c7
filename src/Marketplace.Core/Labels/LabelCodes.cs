namespace Marketplace.Core.Labels;

/// <summary>Codes of the label vocabulary shipped with the product (<see cref="ShippedLabels"/>); admins may add more as rows.</summary>
public static class LabelCodes
{
    public const string LivingAlone = "LIVING_ALONE";
    public const string EmptyNest = "EMPTY_NEST";
    public const string ElderlyCouple = "ELDERLY_COUPLE";
    public const string Elderly80Plus = "ELDERLY_80_PLUS";
    public const string UnableToSelfCare = "UNABLE_TO_SELF_CARE";
    public const string DebtHardship = "DEBT_HARDSHIP";
    public const string ExpenditureHardship = "EXPENDITURE_HARDSHIP";

    public const string Disability = "DISABILITY";
    public const string SevereDisability = "SEVERE_DISABILITY";
    public const string ChronicIllness = "CHRONIC_ILLNESS";
    public const string SeriousIllness = "SERIOUS_ILLNESS";
    public const string MentalIllness = "MENTAL_ILLNESS";
    public const string Bedridden = "BEDRIDDEN";
    public const string IllnessCausedHardship = "ILLNESS_CAUSED_HARDSHIP";
    public const string HighMedicalCosts = "HIGH_MEDICAL_COSTS";
    public const string NeedsDisabilityAssessment = "NEEDS_DISABILITY_ASSESSMENT";

    public const string Unemployed = "UNEMPLOYED";
    public const string HardToEmploy = "HARD_TO_EMPLOY";
    public const string ZeroEmployment = "ZERO_EMPLOYMENT";
    public const string LacksSkills = "LACKS_SKILLS";
    public const string WantsWorkNearby = "WANTS_WORK_NEARBY";

    public const string SchoolChildren = "SCHOOL_CHILDREN";
    public const string YoungChildren = "YOUNG_CHILDREN";
    public const string GraduatingStudent = "GRADUATING_STUDENT";
    public const string EthnicSchool = "ETHNIC_SCHOOL";
    public const string DropoutRisk = "DROPOUT_RISK";

    public const string OldHousing = "OLD_HOUSING";
    public const string DangerousHousing = "DANGEROUS_HOUSING";
    public const string NoLift = "NO_LIFT";
    public const string RentedHousing = "RENTED_HOUSING";
    public const string NeedsAccessibility = "NEEDS_ACCESSIBILITY";

    public const string NoFamilySupport = "NO_FAMILY_SUPPORT";
    public const string NoChildren = "NO_CHILDREN";
    public const string ChildrenElsewhere = "CHILDREN_ELSEWHERE";
    public const string ParentsWorkingAway = "PARENTS_WORKING_AWAY";
    public const string GrandparentCare = "GRANDPARENT_CARE";
    public const string SociallyIsolated = "SOCIALLY_ISOLATED";

    public const string LeftBehindChild = "LEFT_BEHIND_CHILD";
    public const string ChildInDifficulty = "CHILD_IN_DIFFICULTY";
    public const string SingleParent = "SINGLE_PARENT";
    public const string ElderlyCaringForDisabled = "ELDERLY_CARING_FOR_DISABLED";
    public const string ExtremeHardshipCare = "EXTREME_HARDSHIP_CARE";
    public const string ReleasedPrisoner = "RELEASED_PRISONER";
    public const string TwoDisabilityAllowances = "TWO_DISABILITY_ALLOWANCES";
    public const string LowIncomeFarmer = "LOW_INCOME_FARMER";
}
