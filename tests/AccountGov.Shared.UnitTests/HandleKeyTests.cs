using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Shared.UnitTests;

public class HandleKeyTests
{
    [Theory]
    [InlineData("Instagram", "@StPaedsPhysio")]
    [InlineData("instagram", "stpaedsphysio")]
    [InlineData(" INSTAGRAM ", "  @stpaedsPHYSIO ")]
    public void GivenOneHandleWrittenDifferently_WhenKeyed_ThenTheSameKey(string platform, string handle) =>
        Assert.Equal("instagram:stpaedsphysio", HandleKey.Of(platform, handle));

    [Fact]
    public void GivenTheSameHandleOnTwoPlatforms_WhenKeyed_ThenTwoKeys() =>
        Assert.NotEqual(HandleKey.Of("X", "@stcomms"), HandleKey.Of("Instagram", "@stcomms"));

    [Fact]
    public void GivenTwoLeadingAts_WhenKeyed_ThenOnlyOneIsIgnored() =>
        Assert.NotEqual(HandleKey.Of("X", "@stcomms"), HandleKey.Of("X", "@@stcomms"));

    [Fact]
    public void GivenAnAtInsideTheHandle_WhenKeyed_ThenItIsKept() =>
        Assert.Equal("blog:team@nhs", HandleKey.Of("Blog", "team@nhs"));

    [Theory]
    [InlineData("@stcomms", "stcomms")]
    [InlineData(" @ stcomms", "stcomms")]
    [InlineData("stcomms", "stcomms")]
    public void GivenAHandle_WhenBared_ThenNoLeadingAtNorSpace(string handle, string bare) =>
        Assert.Equal(bare, HandleKey.Bare(handle));
}
