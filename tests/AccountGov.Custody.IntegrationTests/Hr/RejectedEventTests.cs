using System.Net;
using System.Net.Http.Json;
using System.Text;
using AccountGov.Custody.Contracts;
using AccountGov.Custody.IntegrationTests.Handovers;
using AccountGov.Testing;
using Microsoft.AspNetCore.Mvc;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Hr;

/// <summary>Issue 13: an HR event refused on arrival shows in the person's view as Rejected, with why, and blocks nothing.</summary>
public class RejectedEventTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    private async Task<StaffHrView> ViewOf(string staffId)
    {
        var hr = await fixture.Custody.ClientFor(Personas.Hana, "HR");
        return (await hr.GetFromJsonAsync<StaffHrView>($"/staff/{staffId}", Json.Options))!;
    }

    private async Task<HrBatchProgress> Upload(string csv)
    {
        var hr = await fixture.Custody.ClientFor(Personas.Hana, "HR");
        var first = (await (await hr.PostAsync("/hr/events/batch", new StringContent(csv, Encoding.UTF8, "text/csv"))).Content
            .ReadFromJsonAsync<HrBatchProgress>(Json.Options))!;
        return await Eventually.Get(async () => await hr.GetFromJsonAsync<HrBatchProgress>($"/hr/batches/{first.Id}", Json.Options),
            until: b => b?.Status == HrBatchState.Completed, what: "the file's report");
    }

    [Fact]
    public async Task GivenALeaveThatEndsBeforeItStarts_ThenThe400IsUnchanged_TheViewShowsItRejectedWithWhy_AndTheFixedRetryApplies()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var today = Today(fixture);
        var leave = Person("hr");
        var sent = new { eventId = leave, type = "LeaveBooked", staffId = carl, leaveType = "Annual", from = Iso(today.AddDays(10)), to = Iso(today.AddDays(5)) };

        var refused = await PostHr(fixture.Custody, sent);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = (await refused.Content.ReadFromJsonAsync<ValidationProblemDetails>(Json.Options))!;
        Assert.Equal(["to"], problem.Errors.Keys);
        Assert.Equal(CustodianStatus.Active, await StatusOf(fixture.Custody, account.Id, carl));
        Assert.Empty(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        var line = Assert.Single((await ViewOf(carl)).Events);
        Assert.Equal((leave, "LeaveBooked", "Annual", today.AddDays(10), today.AddDays(5), HrEventOutcome.Rejected),
            (line.EventId, line.Type, line.LeaveType, line.From, line.To, line.Outcome));
        Assert.Equal(problem.Errors["to"], line.Errors!["to"]);

        var fixedLeave = await PostHr(fixture.Custody, sent with { to = Iso(today.AddDays(15)) });

        Assert.Equal(HttpStatusCode.Accepted, fixedLeave.StatusCode);
        Assert.Equal(HrEventOutcome.Applied, (await fixedLeave.Content.ReadFromJsonAsync<HrEventAccepted>(Json.Options))!.Outcome);
        var view = await ViewOf(carl);
        Assert.Equal([(leave, HrEventOutcome.Rejected), (leave, HrEventOutcome.Applied)], view.Events.Select(e => (e.EventId, e.Outcome)));
        Assert.Single(view.Events[1].Handovers);
    }

    [Fact]
    public async Task GivenAnUnknownLeaveTypeForSomeoneHrNeverNamed_ThenTheirViewShowsTheRejectionWithoutTheTextSent_AndNothingElseWasRecorded()
    {
        var erin = Person("erin");
        var refused = await PostHr(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = erin, leaveType = "Private matter", from = Iso(Today(fixture)) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var view = await ViewOf(erin);

        Assert.Equal("Unknown", view.Status); // no staff record was started by the refused event
        var line = Assert.Single(view.Events);
        Assert.Equal((HrEventOutcome.Rejected, null), (line.Outcome, line.LeaveType));
        Assert.Contains("leaveType", line.Errors!.Keys);
        Assert.DoesNotContain("Private matter", await (await (await fixture.Custody.ClientFor(Personas.Hana, "HR")).GetAsync($"/staff/{erin}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GivenAFileWithOneRowOfEachOutcome_ThenTheReportCountsAppliedHeldIgnoredRepeatedAndRejected_AndTheRejectedRowIsInTheView()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var today = Today(fixture);
        var leaving = Person("hr");
        var csv = "eventId,type,staffId,leaveType,from,to,lastWorkingDay\n" +
                  $"{leaving},Leaving,{carl},,,,{Iso(today.AddDays(30))}\n" +
                  $"{leaving},Leaving,{carl},,,,{Iso(today.AddDays(30))}\n" +
                  $"{Person("hr")},Leaving,{carl},,,,{Iso(today.AddDays(30))}\n" +
                  $"{Person("hr")},Returned,{dina},,{Iso(today)},,\n" +
                  $"{Person("hr")},LeaveBooked,{dina},Annual,{Iso(today.AddDays(9))},{Iso(today.AddDays(2))},\n";

        var report = await Upload(csv);

        Assert.Equal(new HrBatchCounts(Applied: 1, Held: 1, Ignored: 1, Repeated: 1, Rejected: 1), report.Counts);
        Assert.Equal(4, report.Accepted); // unchanged meaning: valid rows, whatever they did
        var rejected = Assert.Single((await ViewOf(dina)).Events, e => e.Outcome == HrEventOutcome.Rejected);
        Assert.Equal(("LeaveBooked", today.AddDays(9)), (rejected.Type, rejected.From));
        Assert.Contains("row 5", rejected.Why);
    }
}
