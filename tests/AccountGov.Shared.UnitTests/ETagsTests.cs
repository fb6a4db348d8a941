using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Shared.UnitTests;

public class ETagsTests
{
    [Theory]
    [InlineData("\"3\"", 3L)]
    [InlineData("W/\"12\"", 12L)]
    [InlineData("7", 7L)]
    [InlineData(" \"5\" ", 5L)]
    public void GivenAnIfMatchValue_WhenParsed_ThenTheExpectedVersionIsRead(string header, long expected) =>
        Assert.Equal(expected, ETags.ParseIfMatch(header));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void GivenNoIfMatch_WhenParsed_ThenNoVersionIsExpected(string? header) =>
        Assert.Null(ETags.ParseIfMatch(header));

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"0\"")]
    [InlineData("\"-1\"")]
    [InlineData("*")]
    public void GivenAMalformedIfMatch_WhenParsed_ThenItIsAFieldError(string header)
    {
        var error = Assert.Throws<InvalidInput>(() => ETags.ParseIfMatch(header));
        Assert.Equal("If-Match", error.Field);
    }

    [Fact]
    public void GivenAVersion_WhenFormatted_ThenItRoundTrips() =>
        Assert.Equal(42L, ETags.ParseIfMatch(ETags.For(42)));
}
