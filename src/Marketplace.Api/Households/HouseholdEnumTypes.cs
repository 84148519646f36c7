using Marketplace.Core.Households;

namespace Marketplace.Api.Households;

/// <summary>One value per assistance flag; NONE is the absence of a flag, not a status anyone holds, so it is left out.</summary>
public sealed class AssistanceStatusType : EnumerationGraphType
{
    public AssistanceStatusType()
    {
        Name = "AssistanceStatus";
        Description = "低保 MINIMUM_LIVING_ALLOWANCE, 低边 MARGINAL, 特困 EXTREME_HARDSHIP, 残疾 DISABILITY, 孤老 ELDERLY_ALONE, 困境儿童 CHILDREN_IN_DIFFICULTY.";
        foreach (var status in Enum.GetValues<AssistanceStatus>().Where(s => s != AssistanceStatus.None))
        {
            Add(status.ToString().ToConstantCase(), status);
        }
    }
}

public sealed class RiskLevelType : EnumerationGraphType<RiskLevel>
{
    public RiskLevelType() => Description = "高/中/低困境, as graded by the district's assessment.";
}

public sealed class HousingConditionType : EnumerationGraphType<HousingCondition>
{
    public HousingConditionType() => Description = "住房状况, as recorded on a visit: ADEQUATE, POOR (老旧), UNSAFE (危房).";
}
