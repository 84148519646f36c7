using System.Globalization;

namespace Marketplace.Core.Households.Members;

/// <summary>
/// The 18-character citizen identity number (居民身份证号码) of GB 11643-1999: the 6-digit
/// administrative division of first registration, the birth date (yyyyMMdd), a 3-digit sequence
/// (odd for men, even for women) and a check character computed from the other 17 by ISO 7064
/// MOD 11-2 (weights 2^(17-i) mod 11; 10 is written X).
/// </summary>
public static class ResidentId
{
    public const int Length = 18;

    /// <summary>No one on file was born before this: a birth date earlier is a typing mistake.</summary>
    public static readonly DateOnly EarliestBirthDate = new(1890, 1, 1);

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>
    /// The number without spaces and with a capital X, or VALIDATION naming <paramref name="field"/>
    /// with what is wrong: its length, a character, the birth date it carries (a real day, not after
    /// <paramref name="today"/>) or its check character.
    /// </summary>
    public static string Validated(string? number, string field, DateOnly today)
    {
        var normalised = (number ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (normalised.Length == 15)
        {
            throw new ValidationException("15-digit ID numbers were replaced in 1999-2013; give the person's 18-character number (身份证号).", field);
        }
        if (normalised.Length != Length)
        {
            throw new ValidationException($"An ID number (身份证号) has {Length} characters; got {normalised.Length}.", field);
        }
        if (!normalised[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(normalised[17]) || normalised[17] == 'X'))
        {
            throw new ValidationException("An ID number (身份证号) has 17 digits and then a digit or X.", field);
        }
        if (BirthDateOf(normalised) is not { } born)
        {
            throw new ValidationException($"Characters 7 to 14 of an ID number are the birth date (yyyyMMdd); '{normalised[6..14]}' is not a date.", field);
        }
        if (born > today || born < EarliestBirthDate)
        {
            throw new ValidationException($"This ID number says its holder was born on {born:yyyy-MM-dd}, which cannot be right; look for a mistyped digit.", field);
        }
        var check = CheckCharacter(normalised);
        if (normalised[17] != check)
        {
            throw new ValidationException($"This ID number does not check: its last character should be '{check}'. Look for a mistyped digit.", field);
        }
        return normalised;
    }

    /// <summary>The check character of the first 17 digits (ISO 7064 MOD 11-2).</summary>
    public static char CheckCharacter(string number)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (number[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    /// <summary>The birth date a number carries, or null when characters 7 to 14 are not a date.</summary>
    public static DateOnly? BirthDateOf(string number) =>
        DateOnly.TryParseExact(number.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born) ? born : null;

    /// <summary>The sex a number carries: the 17th digit is odd for men and even for women.</summary>
    public static Sex SexOf(string number) => (number[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>The 18-character number of a division, a birth date and a sequence (odd for men), with its check character.</summary>
    public static string Compose(string divisionCode, DateOnly birthDate, int sequence)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"{divisionCode[..6]}{birthDate:yyyyMMdd}{sequence:000}");
        return body + CheckCharacter(body);
    }
}
