using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Shared.UnitTests;

/// <summary>Times people read (Portal pages, emails) are the clock on the wall in England, whatever the season.</summary>
public class UkTimeTests
{
    [Theory]
    [InlineData("2026-12-01T09:30:00Z", "1 December 2026, 9:30am GMT")]
    [InlineData("2026-07-01T13:05:00Z", "1 July 2026, 2:05pm BST")]
    [InlineData("2026-07-01T11:00:00Z", "1 July 2026, 12pm BST")]
    [InlineData("2026-03-29T00:59:00Z", "29 March 2026, 12:59am GMT")]
    [InlineData("2026-03-29T01:00:00Z", "29 March 2026, 2am BST")]
    [InlineData("2026-06-30T23:30:00Z", "1 July 2026, 12:30am BST")]
    public void GivenAMomentInUtc_WhenShown_ThenItIsUkTimeNamedGmtOrBst(string utc, string shown) =>
        Assert.Equal(shown, UkTime.Show(DateTimeOffset.Parse(utc)));
}
