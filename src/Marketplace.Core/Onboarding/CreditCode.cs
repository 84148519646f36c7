namespace Marketplace.Core.Onboarding;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from 31
/// (digits and capitals but I, O, S, V, Z): the registering authority and the kind of body, the
/// 6-digit administrative division, the 9-character organisation code, and a check character
/// computed from the other 17 with weights 3^i mod 31.
/// </summary>
public static class CreditCode
{
    public const int Length = 18;
    private const string Characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The code in capitals and without spaces, or VALIDATION naming <paramref name="field"/> with what is wrong.</summary>
    public static string Validated(string? code, string field)
    {
        var normalised = (code ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (normalised.Length != Length)
        {
            throw new ValidationException($"A unified social credit code has {Length} characters; got {normalised.Length}.", field);
        }
        if (normalised.FirstOrDefault(c => !Characters.Contains(c)) is var bad and not '\0')
        {
            throw new ValidationException($"'{bad}' cannot appear in a unified social credit code (digits and capitals but I, O, S, V, Z).", field);
        }
        if (!normalised[2..8].All(char.IsAsciiDigit))
        {
            throw new ValidationException("Characters 3 to 8 of a unified social credit code are the administrative division code: six digits.", field);
        }
        var check = CheckCharacter(normalised);
        if (normalised[17] != check)
        {
            throw new ValidationException($"This unified social credit code does not check: its last character should be '{check}'. Look for a mistyped character.", field);
        }
        return normalised;
    }

    /// <summary>The check character of the first 17 characters.</summary>
    public static char CheckCharacter(string code)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Characters.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        return Characters[(31 - (sum % 31)) % 31];
    }
}
