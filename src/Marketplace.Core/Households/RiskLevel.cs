namespace Marketplace.Core.Households;

/// <summary>高/中/低困境, as graded by the district's assessment model.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}
