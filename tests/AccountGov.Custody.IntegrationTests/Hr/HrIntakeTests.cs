using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Hr;
using AccountGov.Custody.IntegrationTests.Handovers;

public class HrIntakeTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    private sealed record Rejection(int Row, Dictionary<string, string[]> Errors);
    private sealed record BatchReport(Guid Id, string Status, int Total, int Accepted, int Processed, Rejection[] Rejected);

    [Fact]
    public async Task GivenAnAppliedEvent_WhenTheSameEventIdArrivesAgain_ThenItIsAcceptedWithNoSecondEffect()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        await Account(fixture.Custody, carl, dina);
        var id = Person("hr");
        var leave = new { eventId = id, type = "LeaveBooked", staffId = carl, leaveType = "Annual", from = Iso(Today(fixture).AddDays(9)), to = Iso(Today(fixture).AddDays(12)) };
        await HrAccepted(fixture.Custody, leave);

        await HrAccepted(fixture.Custody, leave);
        await HrAccepted(fixture.Custody, new { eventId = id, type = "Leaving", staffId = carl, lastWorkingDay = Iso(Today(fixture).AddDays(3)) });

        Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
    }

    [Fact]
    public async Task GivenAReturnedBeforeItsLeave_WhenTheLeaveArrives_ThenNothingCrashesAndNoHandoverIsLeftOpen()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        await Account(fixture.Custody, carl, dina);
        var today = Today(fixture);

        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "Returned", staffId = carl, from = Iso(today) });
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = carl, leaveType = "Sickness", from = Iso(today.AddDays(-5)) });

        Assert.DoesNotContain(await HandoversOf(fixture.Custody, $"staffId={carl}"), h => h.Status is HandoverStatus.Open or HandoverStatus.Escalated);
    }

    [Fact]
    public async Task GivenUnknownStaff_WhenTheirLeaveArrives_ThenItIsAcceptedAndRecorded() =>
        await HrAccepted(fixture.Custody, new { eventId = Person("hr"), type = "LeaveBooked", staffId = Person("nobody"), leaveType = "Annual", from = "2027-01-04", to = "2027-01-08" });

    [Fact]
    public async Task GivenInvalidFields_WhenPosted_Then400WithFieldErrorsThatDoNotEchoTheInput()
    {
        var response = await PostHr(fixture.Custody, new { eventId = "", type = "Holiday", staffId = "carl", leaveType = "Annual", from = "01/12/2026<script>" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("eventId", out _));
        Assert.True(errors.TryGetProperty("type", out _));
        Assert.DoesNotContain("<script>", body);
    }

    [Fact]
    public async Task GivenNoHrRole_WhenPosting_ThenForbidden()
    {
        var staff = await fixture.Custody.ClientFor(Personas.Rita, "Staff");
        var response = await staff.PostAsJsonAsync("/hr/events", new { eventId = "x", type = "Leaving", staffId = "carl", lastWorkingDay = "2027-01-01" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GivenACsvWithGoodAndBadRows_WhenPosted_ThenGoodRowsAreAppliedAndBadRowsReportedByRowNumber()
    {
        var (carl, dina, erin) = (Person("carl"), Person("dina"), Person("erin"));
        var account = await Account(fixture.Custody, carl, dina);
        var from = Iso(Today(fixture).AddDays(15));
        var csv = $"""
            eventId,type,staffId,leaveType,from,to,lastWorkingDay
            {Person("hr")},LeaveBooked,{carl},Annual,{from},{Iso(Today(fixture).AddDays(18))},
            {Person("hr")},LeaveBooked,{dina},Annual,not-a-date,,
            ,Leaving,{erin},,,,2027-02-26
            {Person("hr")},Leaving,{erin},,,,2027-02-26
            {Person("hr")},Sabbatical,{erin},,,,
            """;
        var hr = await fixture.Custody.ClientFor(Personas.Hana, "HR");

        var response = await hr.PostAsync("/hr/events/batch", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<BatchReport>(Json.Options))!;
        Assert.Equal(2, report.Accepted);
        Assert.Equal([2, 3, 5], report.Rejected.Select(r => r.Row));
        Assert.Contains("from", report.Rejected[0].Errors.Keys);
        Assert.Contains("eventId", report.Rejected[1].Errors.Keys);
        Assert.Contains("type", report.Rejected[2].Errors.Keys);
        var handover = Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
        Assert.Equal(account.Id, handover.AccountId);
    }

    [Fact]
    public async Task GivenACsvWithHrsNoEndDateOrALookAlikeId_WhenPosted_ThenThoseRowsAloneAreRejectedAndTheRestApplied()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        await Account(fixture.Custody, carl, dina);
        var csv = $"""
            eventId,type,staffId,leaveType,from,to,lastWorkingDay
            {Person("hr")},LeaveBooked,{dina},Annual,{Iso(Today(fixture).AddDays(15))},9999-12-31,
            {Person("hr")},Leaving,{carl}{"\u202E"},,,,2027-02-26
            {Person("hr")},LeaveBooked,{carl},Annual,0001-01-01,{Iso(Today(fixture).AddDays(18))},
            {Person("hr")},LeaveBooked,{carl},Annual,{Iso(Today(fixture).AddDays(15))},{Iso(Today(fixture).AddDays(18))},
            """;
        var hr = await fixture.Custody.ClientFor(Personas.Hana, "HR");

        var response = await hr.PostAsync("/hr/events/batch", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<BatchReport>(Json.Options))!;
        Assert.Equal(1, report.Accepted);
        Assert.Equal([1, 2, 3], report.Rejected.Select(r => r.Row));
        Assert.Contains("to", report.Rejected[0].Errors.Keys);
        Assert.Contains("staffId", report.Rejected[1].Errors.Keys);
        Assert.Contains("from", report.Rejected[2].Errors.Keys);
        Assert.Single(await HandoversOf(fixture.Custody, $"staffId={carl}"));
    }

    [Fact]
    public async Task GivenAFileLargerThanTheInlineLimit_WhenPosted_Then202AndTheProgressResourceEndsInTheReport()
    {
        var rows = Enumerable.Range(1, 60).Select(i => i % 10 == 0
                ? new { eventId = "", type = "Leaving", staffId = Person("x"), lastWorkingDay = "2027-03-31" }
                : new { eventId = Person("hr"), type = "Leaving", staffId = Person("x"), lastWorkingDay = "2027-03-31" })
            .ToArray();
        var hr = await fixture.Custody.ClientFor(Personas.Hana, "HR");

        var response = await hr.PostAsJsonAsync("/hr/events/batch", rows);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!;
        var report = await Eventually.Get(() => hr.GetFromJsonAsync<BatchReport>(location, Json.Options), r => r?.Status == "Completed", what: "the batch completed");
        Assert.Equal((60, 54, 54), (report.Total, report.Accepted, report.Processed));
        Assert.Equal([10, 20, 30, 40, 50, 60], report.Rejected.Select(r => r.Row));
    }

    [Fact]
    public async Task GivenAFileThatIsNotAnArray_WhenPosted_Then400AndNothingApplied()
    {
        var hr = await fixture.Custody.ClientFor(Personas.Hana, "HR");
        var response = await hr.PostAsync("/hr/events/batch", new StringContent("{\"eventId\": \"x\"", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
