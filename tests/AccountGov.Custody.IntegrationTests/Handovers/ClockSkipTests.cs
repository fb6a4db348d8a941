using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Handovers;

/// <summary>
/// Issue 11: one person the clock could not decide threw out of the whole tick, so no one after them started or
/// ended leave, left, was reminded or escalated. That person is now passed over and counted.
/// </summary>
public class ClockSkipTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    [Fact]
    public async Task GivenAPersonTheClockCannotDecide_WhenTheirDayComes_ThenPeopleAfterThemStillStartTheirLeave()
    {
        var (broken, carl, dina) = (Person("aaa"), Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var from = Today(fixture).AddDays(3);
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = broken, leaveType = "Annual", from = Iso(from), to = Iso(from.AddDays(2)) });
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = carl, leaveType = "Annual", from = Iso(from), to = Iso(from.AddDays(2)) });
        // The clock reads people in staff id order, so the broken one ("aaa-…") comes before Carl.
        Assert.Equal(1, await Database.Execute(fixture.Custody,
            "update mt_doc_staffmember set data = jsonb_set(data, '{status}', '\"NotAStatus\"') where data ->> 'staffId' = @id", ("id", broken)));

        fixture.Clock.AdvanceDays(3);
        try
        {
            await Eventually.True(async () => await StatusOf(fixture.Custody, account.Id, carl) == CustodianStatus.OnLeave,
                what: "Carl's leave started by the clock, past the person it could not decide");
            Assert.Contains(fixture.Custody.Logs.Lines, l => l.Contains("passed over a person"));
            Assert.DoesNotContain(fixture.Custody.Logs.Lines, l => l.Contains(broken));
        }
        finally
        {
            fixture.Clock.Offset = TimeSpan.Zero;
        }
    }
}
