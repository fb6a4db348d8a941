using Microsoft.Extensions.Configuration;
using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Shared.UnitTests;

public class BusinessCalendarTests
{
    // England and Wales, Christmas 2026: Fri 25 Dec, Mon 28 Dec (Boxing Day substitute).
    private static readonly BusinessCalendar Calendar = new([new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28)]);

    [Theory]
    [InlineData("2026-11-23", 1, "2026-11-24")] // Monday → Tuesday
    [InlineData("2026-11-27", 1, "2026-11-30")] // Friday → Monday, over the weekend
    [InlineData("2026-11-28", 1, "2026-11-30")] // Saturday → Monday
    [InlineData("2026-12-24", 1, "2026-12-29")] // Thursday → Tuesday, over both holidays and the weekend
    [InlineData("2026-12-21", 5, "2026-12-30")]
    [InlineData("2026-11-23", 0, "2026-11-23")]
    public void GivenAStart_WhenAddingBusinessDays_ThenWeekendsAndBankHolidaysAreSkipped(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddBusinessDays(DateOnly.Parse(start), days));

    [Theory]
    [InlineData("2026-12-25", false)]
    [InlineData("2026-12-26", false)]
    [InlineData("2026-12-29", true)]
    public void GivenADay_WhenAsked_ThenItKnowsWhetherItIsABusinessDay(string day, bool expected) =>
        Assert.Equal(expected, Calendar.IsBusinessDay(DateOnly.Parse(day)));

    [Fact]
    public void GivenATuesdayAfterHolidays_WhenAskingThePreviousBusinessDay_ThenItIsTheThursdayBefore() =>
        Assert.Equal(new DateOnly(2026, 12, 24), Calendar.PreviousBusinessDay(new DateOnly(2026, 12, 29)));

    [Fact]
    public void GivenTwoDates_WhenCountingBusinessDays_ThenOnlyWorkingDaysCount()
    {
        Assert.Equal(3, Calendar.BusinessDaysBetween(new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 30)));
        Assert.Equal(-3, Calendar.BusinessDaysBetween(new DateOnly(2026, 12, 30), new DateOnly(2026, 12, 23)));
    }

    [Fact]
    public void GivenNegativeDays_WhenAdding_ThenRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddBusinessDays(new DateOnly(2026, 1, 1), -1));

    [Fact]
    public void GivenTheShippedData_ThenEveryServiceCountsEnglandAndWalesBankHolidays()
    {
        var shipped = BusinessCalendarSetup.EnglandAndWales();
        Assert.Contains(new DateOnly(2027, 1, 1), shipped); // the handover that fell due on New Year's Day (issue 13)
        Assert.Contains(new DateOnly(2028, 1, 3), shipped); // a substitute day
        Assert.All(shipped, d => Assert.InRange(d.Year, 2025, 2028));

        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection()
            .AddBusinessCalendar(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["BusinessCalendar:BankHolidays:0"] = "2027-06-07" }).Build());
        var calendar = (BusinessCalendar)services[0].ImplementationInstance!;
        Assert.False(calendar.IsBusinessDay(new DateOnly(2027, 1, 1)));
        Assert.False(calendar.IsBusinessDay(new DateOnly(2027, 6, 7))); // one added by configuration
        Assert.Equal(new DateOnly(2027, 1, 4), calendar.AddBusinessDays(new DateOnly(2026, 12, 31), 1));
    }
}
