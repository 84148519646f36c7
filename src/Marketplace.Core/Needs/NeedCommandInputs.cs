namespace Marketplace.Core.Needs;

public sealed record ReportNeedInput(
    Guid HouseholdId,
    string CategoryCode,
    string PublicSummary,
    string? PrivateDescription,
    Urgency Urgency,
    int? Quantity,
    string? Unit,
    DateOnly? DueDate,
    bool IsRecurring);
