using System.Text.RegularExpressions;
using Marketplace.Core.Categories;

namespace Marketplace.Core.Onboarding;

/// <summary>Checks of an application, each naming the field to change.</summary>
internal static partial class ApplicationValidation
{
    public static async Task ValidateAsync(CommandContext c, OrganisationApplicationInput input, CancellationToken cancellationToken)
    {
        Validation.Required(input.Name, "name", "Give the organisation's registered name.", maxLength: 200);
        Validation.Required(input.Address, "address", "Give the organisation's address.", maxLength: 300);
        Validation.Required(input.ContactName, "contactName", "Name a contact person.", maxLength: 100);
        var phone = Validation.Required(input.ContactPhone, "contactPhone", "Give the contact person's phone number.", maxLength: 32);
        if (!Phone().IsMatch(phone)) throw new ValidationException("A phone number has 5 to 20 digits, with '+', '-' or spaces if you like.", "contactPhone");
        if (input.Description is { Length: > 2000 }) throw new ValidationException("A description has at most 2000 characters.", "description");
        _ = new GeoCircle(input.Latitude, input.Longitude, 1);
        var region = await c.Db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == input.RegionCode, cancellationToken);
        if (region is null || region.Level != RegionLevel.Community)
        {
            throw new ValidationException($"'{input.RegionCode}' is not a community (社区/村): give the community the organisation is in; the 'regions' query lists them.", "regionCode");
        }
        await CategoryChoice.EnsureAllOfferedAsync(c, input.CategoryCodes, "categoryCodes", cancellationToken);
    }

    [GeneratedRegex(@"^\+?[0-9 \-]{5,24}$")]
    private static partial Regex Phone();
}
