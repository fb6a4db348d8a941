using System.Net;
using System.Net.Http.Json;
using System.Text;
using AccountGov.Custody.Contracts;
using AccountGov.Custody.IntegrationTests.Handovers;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Hr;

/// <summary>Issue 13: HR sees what each of its events did, held and ignored ones included, and why.</summary>
public class StaffViewTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    private async Task<StaffHrView> ViewOf(string staffId, string role = "HR")
    {
        var reader = await fixture.Custody.ClientFor(role == "HR" ? Personas.Hana : Personas.Ada, role);
        return (await reader.GetFromJsonAsync<StaffHrView>($"/staff/{staffId}", Json.Options))!;
    }

    private async Task<HrEventAccepted> Post(object hrEvent)
    {
        var response = await PostHr(fixture.Custody, hrEvent);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<HrEventAccepted>(Json.Options))!;
    }

    [Fact]
    public async Task GivenAReturnBeforeItsLeave_ThenTheAnswerAndThePersonsViewSayItIsHeldAndWhy_AndAppliedOnceTheLeaveArrives()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var today = Today(fixture);
        var (returned, leave) = (Person("hr"), Person("hr"));

        var answer = await Post(new { eventId = returned, type = "Returned", staffId = carl, from = Iso(today) });

        Assert.Equal(HrEventOutcome.Held, answer.Outcome);
        Assert.Contains("no leave to return from", answer.Why);
        Assert.Contains("until HR sends the leave", answer.Until);
        var held = Assert.Single((await ViewOf(carl)).Events);
        Assert.Equal((returned, HrEventOutcome.Held), (held.EventId, held.Outcome));
        Assert.Contains("no leave to return from", held.Why);

        await Post(new { eventId = leave, type = "LeaveBooked", staffId = carl, leaveType = "Sickness", from = Iso(today.AddDays(-3)) });
        await Post(new { eventId = leave, type = "LeaveBooked", staffId = carl, leaveType = "Sickness", from = Iso(today.AddDays(-3)) });

        var view = await ViewOf(carl, "Auditor");
        Assert.Equal([(returned, HrEventOutcome.Applied), (leave, HrEventOutcome.Applied), (leave, HrEventOutcome.Duplicate)],
            view.Events.Select(e => (e.EventId, e.Outcome)));
        Assert.NotNull(view.Events[0].ReleasedAt);
        Assert.Equal("Active", view.Status);
        Assert.Equal(account.Id, Assert.Single(view.Accounts).AccountId);
        Assert.Empty(view.Handovers); // back before the leave was known: custody never had to move
    }

    [Fact]
    public async Task GivenLeaveStartingToday_WhenHrSaysTheyReturnedTheSameDay_ThenTheyAreBackAndActive()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var today = Today(fixture);
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = carl, leaveType = "Sickness", from = Iso(today) });
        Assert.Equal(CustodianStatus.OnLeave, await StatusOf(fixture.Custody, account.Id, carl));

        var answer = await Post(new { eventId = Person("hr"), type = "Returned", staffId = carl, from = Iso(today) });

        Assert.Equal(HrEventOutcome.Applied, answer.Outcome);
        Assert.Equal(CustodianStatus.Active, await StatusOf(fixture.Custody, account.Id, carl));
        var handover = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal(HandoverStatus.Reverted, handover.Status);
        var view = await ViewOf(carl);
        Assert.Equal([handover.Id], view.Events[0].Handovers);
        Assert.Equal(handover.Id, Assert.Single(view.Handovers).Id);
    }

    [Fact]
    public async Task GivenAFileWithAHeldAndARepeatedRow_ThenTheReportSaysWhichRowsWereNotAppliedAndWhy()
    {
        var carl = Person("carl");
        var leaving = Person("hr");
        var csv = "eventId,type,staffId,leaveType,from,to,lastWorkingDay\n" +
                  $"{Person("hr")},LeavingCancelled,{carl},,,,\n" +
                  $"{leaving},Leaving,{carl},,,,{Iso(Today(fixture).AddDays(30))}\n" +
                  $"{leaving},Leaving,{carl},,,,{Iso(Today(fixture).AddDays(30))}\n";
        var hr = await fixture.Custody.ClientFor(Personas.Hana, "HR");

        var response = await hr.PostAsync("/hr/events/batch", new StringContent(csv, Encoding.UTF8, "text/csv"));

        var first = (await response.Content.ReadFromJsonAsync<HrBatchProgress>(Json.Options))!;
        // A loaded machine may hand even a small file to the background worker (202): wait for its report.
        var report = await Eventually.Get(async () => await hr.GetFromJsonAsync<HrBatchProgress>($"/hr/batches/{first.Id}", Json.Options),
            until: b => b?.Status == HrBatchState.Completed, what: "the file's report");
        Assert.Equal([(1, HrEventOutcome.Held), (3, HrEventOutcome.Duplicate)], report.NotApplied!.Select(r => (r.Row, r.Outcome)));
        // Row 1 was held, then released by row 2: the person's view tells the whole story.
        var view = await ViewOf(carl);
        Assert.Equal([HrEventOutcome.Applied, HrEventOutcome.Applied, HrEventOutcome.Duplicate], view.Events.Select(e => e.Outcome));
        Assert.Equal("Active", view.Status);
    }

    [Fact]
    public async Task GivenSomeoneHrNeverNamed_ThenTheirViewIs404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.Custody.ClientFor(Personas.Hana, "HR")).GetAsync($"/staff/{Person("nobody")}")).StatusCode);
}
