namespace Marketplace.Core.Needs;

/// <summary>Input checks for needs, each with a message that says what to change.</summary>
public static class NeedValidation
{
    public static void Validate(ReportNeedInput input)
    {
        Validation.Required(input.PublicSummary, "publicSummary", "Give a public summary: what is needed, without names or addresses.", maxLength: 500);
        if (input.PrivateDescription is { Length: > 4000 }) throw new ValidationException("The private description has at most 4000 characters.", "privateDescription");
        if (input.Quantity is <= 0) throw new ValidationException($"A quantity is more than 0; got {input.Quantity}.", "quantity");
        if (input.Unit is { Length: > 20 }) throw new ValidationException("A unit has at most 20 characters.", "unit");
    }
}
