using AccountGov.Custody.Api.Hr;

namespace AccountGov.Custody.UnitTests.Hr;

public class HrEventInputTests
{
    [Fact]
    public void GivenAValidLeave_WhenValidated_ThenItBecomesAFact()
    {
        var (fact, errors) = new HrEventInput("hr-1", "leavebooked", " carl ", "Annual", "2026-12-01", "2026-12-14").Validate();

        Assert.Empty(errors);
        Assert.Equal(new HrFact("hr-1", HrEventType.LeaveBooked, "carl", LeaveType.Annual, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 14)), fact);
    }

    [Theory]
    [InlineData(null, "LeaveBooked", "carl", "Annual", "2026-12-01", "2026-12-14", null, "eventId")]
    [InlineData("hr-1", "Holiday", "carl", null, null, null, null, "type")]
    [InlineData("hr-1", "LeaveBooked", "carl", "Gardening", "2026-12-01", "2026-12-14", null, "leaveType")]
    [InlineData("hr-1", "LeaveBooked", "carl", "Annual", "01/12/2026", "2026-12-14", null, "from")]
    [InlineData("hr-1", "LeaveBooked", "carl", "Annual", "2026-12-01", null, null, "to")]
    [InlineData("hr-1", "LeaveBooked", "carl", "Annual", "2026-12-14", "2026-12-01", null, "to")]
    [InlineData("hr-1", "Returned", "carl", null, null, null, null, "from")]
    [InlineData("hr-1", "Leaving", "carl", null, null, null, null, "lastWorkingDay")]
    [InlineData("hr-1", "Leaving", "", null, null, null, "2027-01-29", "staffId")]
    [InlineData("hr-1", "1", "carl", null, null, null, null, "type")]
    public void GivenABadField_WhenValidated_ThenThatFieldIsNamed(
        string? eventId, string? type, string? staffId, string? leaveType, string? from, string? to, string? lastDay, string field)
    {
        var (fact, errors) = new HrEventInput(eventId, type, staffId, leaveType, from, to, lastDay).Validate();

        Assert.Null(fact);
        Assert.Contains(field, errors.Keys);
        Assert.DoesNotContain(errors.Values.SelectMany(m => m), m => from is not null && m.Contains(from));
    }

    [Fact]
    public void GivenSicknessWithoutAnEndDate_WhenValidated_ThenItIsOpenEnded() =>
        Assert.Null(new HrEventInput("hr-1", "LeaveBooked", "carl", "Sickness", "2026-11-23").Validate().Fact!.To);
}
