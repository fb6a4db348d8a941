using System.Net;
using System.Net.Http.Json;
using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Api.Cases.Reminding;
using AccountGov.Approvals.Contracts;
using AccountGov.Testing;

namespace AccountGov.Approvals.IntegrationTests;

public class QueueAndDeadlineTests(ApprovalsFixture fixture) : IClassFixture<ApprovalsFixture>
{
    private readonly Requests requests = new(fixture.Approvals);

    private Task<HttpClient> As(string user, params string[] roles) => fixture.Approvals.ClientFor(user, roles);

    [Fact]
    public async Task GivenCasesAtDifferentStages_WhenEachRoleReadsItsQueue_ThenItSeesItsOwnWorkSortedByDueDate()
    {
        var awaitingSam = await requests.Submit();
        var awaitingBob = await requests.Submit(sponsor: Personas.Bob);
        var awaitingBd = await requests.Submit();
        await (await As(Personas.Sam, "SeniorManager")).Endorse(awaitingBd);

        var samQueue = await (await As(Personas.Sam, "SeniorManager")).GetFromJsonAsync<CaseSummary[]>("/cases/awaiting-my-endorsement");
        Assert.Contains(samQueue!, c => c.RequestId == awaitingSam);
        Assert.DoesNotContain(samQueue!, c => c.RequestId == awaitingBob || c.RequestId == awaitingBd);

        var bdQueue = await (await As(Personas.Beth, "BusinessDevelopment")).GetFromJsonAsync<CaseSummary[]>("/cases?stage=BusinessDevelopmentDecision");
        var row = Assert.Single(bdQueue!, c => c.RequestId == awaitingBd);
        Assert.NotNull(row.DueBy);
        Assert.False(row.Overdue);
        Assert.All(bdQueue!, c => Assert.Equal(StageName.BusinessDevelopmentDecision, c.CurrentStage));

        var open = await (await As(Personas.Ivy, "InformationGovernance")).GetFromJsonAsync<CaseSummary[]>("/cases?status=Open&take=200");
        Assert.Equal(open!.Select(c => c.DueBy).Order(), open!.Select(c => c.DueBy));

        var firstPage = await (await As(Personas.Beth, "BusinessDevelopment")).GetFromJsonAsync<CaseSummary[]>("/cases?status=Open&skip=0&take=1");
        Assert.Single(firstPage!);
    }

    [Theory]
    [InlineData("/cases?stage=Nope", "stage")]
    [InlineData("/cases?status=Pending", "status")]
    [InlineData("/cases?take=0", "take")]
    [InlineData("/cases?skip=-1", "skip")]
    public async Task GivenABadQueueFilter_WhenListed_ThenBadRequestNamingTheField(string url, string field)
    {
        var response = await (await As(Personas.Beth, "BusinessDevelopment")).GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Problem()).Fields);
    }

    [Fact]
    public async Task GivenStaffWithoutACaseworkRole_WhenReadingTheQueue_ThenForbidden() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await (await As(Personas.Rita, "Staff")).GetAsync("/cases")).StatusCode);

    [Fact]
    public async Task GivenAStageReachingItsDueDay_WhenTheSweepRuns_ThenOneReminderThenOneEscalationAreRecordedOnTheCase()
    {
        var id = await requests.Submit();
        var dueBy = (await requests.CaseIn(id, c => c is not null)).DueBy!.Value;
        var deadlines = fixture.Approvals.Get<DeadlinePolicy>();
        var sweep = fixture.Approvals.Get<DeadlineSweep>();
        var onDueDay = At(dueBy);
        var dayAfter = At(NextBusinessDay(deadlines, dueBy));

        Assert.True(await sweep.RunAsync(onDueDay, default) >= 1);
        var reminded = await requests.CaseIn(id, c => c!.Alerts.Count == 1);
        Assert.Equal((CaseAlertKind.Reminder, StageName.SponsorEndorsement, dueBy), (reminded.Alerts[0].Kind, reminded.Alerts[0].Stage, reminded.Alerts[0].DueBy));

        // Two replicas sweeping at once, and again later the same day: nothing is recorded twice.
        await Task.WhenAll(sweep.RunAsync(onDueDay, default), sweep.RunAsync(onDueDay, default));
        await Task.WhenAll(sweep.RunAsync(dayAfter, default), sweep.RunAsync(dayAfter, default));
        await sweep.RunAsync(dayAfter, default);

        var escalated = await requests.CaseIn(id, c => c is not null);
        Assert.Equal([CaseAlertKind.Reminder, CaseAlertKind.Escalation], escalated.Alerts.Select(a => a.Kind));

        var queue = await (await As(Personas.Sam, "SeniorManager")).GetFromJsonAsync<CaseSummary[]>("/cases/awaiting-my-endorsement");
        var row = Assert.Single(queue!, c => c.RequestId == id);
        Assert.True(row.Reminded && row.Escalated);
    }

    [Fact]
    public async Task GivenAWeekendDay_WhenTheSweepRuns_ThenNothingIsRecorded()
    {
        await requests.Submit();
        var saturday = At(new DateOnly(2030, 1, 5)); // far past every due date, but a Saturday
        Assert.Equal(0, await fixture.Approvals.Get<DeadlineSweep>().RunAsync(saturday, default));
    }

    [Fact]
    public void GivenTheConfiguredBankHolidays_WhenTheServiceComputesADeadline_ThenChristmasIsSkipped() =>
        // Thu 24 Dec 2026 + 3 business days: Fri 25 and Mon 28 are bank holidays in appsettings.json.
        Assert.Equal(new DateOnly(2026, 12, 31), fixture.Approvals.Get<DeadlinePolicy>()
            .DueFor(StageName.SponsorEndorsement, new DateTimeOffset(2026, 12, 24, 10, 0, 0, TimeSpan.Zero)).DueBy);

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private static DateOnly NextBusinessDay(DeadlinePolicy deadlines, DateOnly day)
    {
        do day = day.AddDays(1); while (!deadlines.IsBusinessDay(day));
        return day;
    }
}
