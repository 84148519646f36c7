using Marketplace.Core.Common;
using Marketplace.Core.Households.Members;

namespace Marketplace.Tests.Households;

/// <summary>GB 11643: 17 digits and a check character (ISO 7064 MOD 11-2), carrying a real birth date that has come.</summary>
public sealed class ResidentIdTests
{
    private static readonly DateOnly Today = new(2026, 11, 1);

    [Theory]
    [InlineData("11010519491231002X", "11010519491231002X")]
    [InlineData("11010519491231002x", "11010519491231002X")]
    [InlineData(" 440524193801010019 ", "440524193801010019")]
    [InlineData("340103 20080229 1233", "340103200802291233")]
    public void A_number_that_checks_is_kept_with_a_capital_X_and_without_spaces(string given, string expected) =>
        Assert.Equal(expected, ResidentId.Validated(given, "idNumber", Today));

    [Theory]
    [InlineData("11010519491231002", "18 characters")]
    [InlineData("110105491231002", "15-digit")]
    [InlineData("1101051949123100X2", "17 digits and then a digit or X")]
    [InlineData("11010519491231002A", "17 digits and then a digit or X")]
    [InlineData("110105194912310021", "should be 'X'")]
    [InlineData("110105194921310021", "'19492131' is not a date")]
    [InlineData("340103198513010011", "'19851301' is not a date")]
    [InlineData("340103200702291233", "'20070229' is not a date")]
    [InlineData("310106202611020011", "born on 2026-11-02")]
    [InlineData("110105188012310011", "born on 1880-12-31")]
    public void A_number_that_does_not_is_refused_naming_the_field_and_what_is_wrong(string given, string expected)
    {
        var refused = Assert.Throws<ValidationException>(() => ResidentId.Validated(given, "idNumber", Today));

        Assert.Equal("idNumber", refused.Field);
        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_swap_of_two_digits_is_caught_by_the_check_character()
    {
        const string Valid = "11010519491231002X";
        var swapped = $"{Valid[..12]}{Valid[13]}{Valid[12]}{Valid[14..]}"; // born 1949-12-13, a real date

        Assert.NotEqual(Valid, swapped);
        Assert.Throws<ValidationException>(() => ResidentId.Validated(swapped, "idNumber", Today));
    }

    [Fact]
    public void The_number_carries_the_birth_date_and_the_sex()
    {
        Assert.Equal(new DateOnly(1949, 12, 31), ResidentId.BirthDateOf("11010519491231002X"));
        Assert.Equal(Sex.Female, ResidentId.SexOf("11010519491231002X"));
        Assert.Equal(Sex.Male, ResidentId.SexOf("440524193801010019"));
    }

    [Fact]
    public void A_composed_number_checks_for_every_sequence()
    {
        for (var sequence = 0; sequence < 1000; sequence += 7)
        {
            var number = ResidentId.Compose("340103002001", new DateOnly(1952, 3, 14), sequence);
            Assert.Equal(number, ResidentId.Validated(number, "idNumber", Today));
        }
    }
}
