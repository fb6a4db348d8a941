using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Handovers;

public class LeaveHandoverTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    [Fact]
    public async Task GivenACustodianOnLeave_WhenTheyReturn_ThenTheTemporaryHandoverIsReverted()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var today = Today(fixture);

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = carl, leaveType = "Sickness", from = Iso(today.AddDays(-2)) });

        var handover = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal((account.Id, dina, HandoverKind.Temporary, HandoverReason.Leave, HandoverStatus.Open),
            (handover.AccountId, handover.ToUserId, handover.Kind, handover.Reason, handover.Status));
        Assert.Equal(CustodianStatus.OnLeave, await StatusOf(fixture.Custody, account.Id, carl));

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Returned", staffId = carl, from = Iso(today) });

        var reverted = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal((HandoverStatus.Reverted, "Returned"), (reverted.Status, reverted.RevertReason));
        Assert.Equal(CustodianStatus.Active, await StatusOf(fixture.Custody, account.Id, carl));
        await Eventually.True(() => Task.FromResult(fixture.Published.Of<HandoverReverted>().Any(m => m.HandoverId == handover.Id)),
            what: "HandoverReverted published");
    }

    [Fact]
    public async Task GivenBookedAnnualLeave_WhenItStartsAndItsEndDatePasses_ThenCustodyMovesAndComesBackByItself()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var today = Today(fixture);
        var from = today.AddDays(10);

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = carl, leaveType = "Annual", from = Iso(from), to = Iso(from.AddDays(4)) });

        var handover = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}&status=Open"));
        Assert.True(handover.DueBy < from, "a booked leave's handover is due before the leave starts");
        Assert.Equal(CustodianStatus.Active, await StatusOf(fixture.Custody, account.Id, carl));

        fixture.Clock.AdvanceDays(10);
        try
        {
            await Eventually.True(async () => await StatusOf(fixture.Custody, account.Id, carl) == CustodianStatus.OnLeave, what: "leave started by the clock");
            fixture.Clock.AdvanceDays(5);
            await Eventually.True(async () => (await HandoversOf(fixture.Custody, $"staffId={carl}")).Single().Status == HandoverStatus.Reverted,
                what: "the handover reverted at the end date");
            Assert.Equal("EndDate", (await HandoversOf(fixture.Custody, $"staffId={carl}")).Single().RevertReason);
            Assert.Equal(CustodianStatus.Active, await StatusOf(fixture.Custody, account.Id, carl));
            Assert.DoesNotContain(fixture.Custody.Logs.Lines, l => l.Contains("The handover clock failed"));
        }
        finally
        {
            fixture.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task GivenBookedLeave_WhenHrCancelsIt_ThenTheHandoverItStartedIsUndone()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        await Account(fixture.Custody, carl, dina);
        var from = Today(fixture).AddDays(20);
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = carl, leaveType = "Annual", from = Iso(from), to = Iso(from.AddDays(2)) });

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveCancelled", staffId = carl, from = Iso(from) });

        var handover = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal((HandoverStatus.Reverted, "Cancelled"), (handover.Status, handover.RevertReason));
    }

    [Fact]
    public async Task GivenSomeoneAlreadyOnLeave_WhenTheyAreNamedCustodianOfANewAccount_ThenTheyAreNotActiveAndTheirHandoverOpens()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = carl, leaveType = "Sickness", from = Iso(Today(fixture).AddDays(-1)) });

        var account = await Account(fixture.Custody, carl, dina);

        await Eventually.True(async () => await StatusOf(fixture.Custody, account.Id, carl) == CustodianStatus.OnLeave, what: "the new custodian shown OnLeave");
        var handover = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal((account.Id, dina, HandoverKind.Temporary), (handover.AccountId, handover.ToUserId, handover.Kind));
    }
}
