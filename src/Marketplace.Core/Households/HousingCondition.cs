namespace Marketplace.Core.Households;

/// <summary>住房状况, as the community records it on a visit.</summary>
public enum HousingCondition
{
    Adequate,
    Poor,
    Unsafe,
}
