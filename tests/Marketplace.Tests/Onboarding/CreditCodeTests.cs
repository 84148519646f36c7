using Marketplace.Core.Common;
using Marketplace.Core.Onboarding;

namespace Marketplace.Tests.Onboarding;

/// <summary>GB 32100-2015: 18 characters of 31, the division code in digits, and a check character.</summary>
public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("914403001922038216", "914403001922038216")]
    [InlineData("91350100M000100Y43", "91350100M000100Y43")]
    [InlineData(" 91110000802100433b ", "91110000802100433B")]
    [InlineData("9135 0100 M000 100Y 43", "91350100M000100Y43")]
    public void A_code_that_checks_is_taken_in_capitals_without_spaces(string given, string expected) =>
        Assert.Equal(expected, CreditCode.Validated(given, "creditCode"));

    [Theory]
    [InlineData("91440300192203821", "18 characters")]
    [InlineData("9144030019220382160", "18 characters")]
    [InlineData("91440300192203821I", "'I' cannot appear")]
    [InlineData("9144A3001922038216", "six digits")]
    [InlineData("914403001922038217", "should be '6'")]
    [InlineData("914403001922308216", "does not check")]
    public void A_code_that_does_not_is_refused_naming_the_field_and_what_is_wrong(string given, string expected)
    {
        var refused = Assert.Throws<ValidationException>(() => CreditCode.Validated(given, "creditCode"));

        Assert.Equal("creditCode", refused.Field);
        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }
}
