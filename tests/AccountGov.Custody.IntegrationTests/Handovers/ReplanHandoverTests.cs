using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Handovers;

public class ReplanHandoverTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    [Fact]
    public async Task GivenAnOpenHandover_WhenItsReceiverLeavesBeforeItEnds_ThenAnotherDeputyReceivesIt_AndWithNoOneLeftItIsEscalated()
    {
        var (carl, dina, bob) = (Person("carl"), Person("dina"), Person("bob"));
        var account = await Account(fixture.Custody, carl, dina);
        var bd = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        Assert.Equal(HttpStatusCode.OK, (await bd.PostAsJsonAsync($"/accounts/{account.Id}/custodians",
            new { userId = bob, name = "Bob Ng", role = "Deputy", reason = "second deputy" })).StatusCode);
        var today = Today(fixture);
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = carl, leaveType = "Annual", from = Iso(today.AddDays(10)), to = Iso(today.AddDays(20)) });
        var handover = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal((HandoverStatus.Open, (string?)bob), (handover.Status, handover.ToUserId)); // deputies by id: bob-… before dina-…

        // Bob's last working day falls inside Carl's leave: he cannot hold custody to its end.
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Leaving", staffId = bob, lastWorkingDay = Iso(today.AddDays(15)) });

        var replanned = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal((HandoverStatus.Open, (string?)dina), (replanned.Status, replanned.ToUserId));

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = dina, leaveType = "Sickness", from = Iso(today) });

        var escalated = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal(HandoverStatus.Escalated, escalated.Status);
        await Eventually.True(() => Task.FromResult(fixture.Published.Of<HandoverEscalated>().Any(m => m.HandoverId == handover.Id)),
            what: "HandoverEscalated published for the replanned handover");
    }
}
