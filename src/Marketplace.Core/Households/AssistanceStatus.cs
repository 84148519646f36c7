namespace Marketplace.Core.Households;

/// <summary>The assistance categories a household can be registered under; a household may hold several.</summary>
[Flags]
public enum AssistanceStatus
{
    None = 0,
    /// <summary>低保: minimum living allowance.</summary>
    MinimumLivingAllowance = 1,
    /// <summary>低边: marginal, just above the allowance line.</summary>
    Marginal = 2,
    /// <summary>特困: extreme hardship.</summary>
    ExtremeHardship = 4,
    /// <summary>残疾: a member with a disability.</summary>
    Disability = 8,
    /// <summary>孤老: elderly living alone.</summary>
    ElderlyAlone = 16,
    /// <summary>困境儿童: children in difficulty.</summary>
    ChildrenInDifficulty = 32,
}
