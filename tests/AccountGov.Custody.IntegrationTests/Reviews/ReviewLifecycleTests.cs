using System.Net;
using System.Net.Http.Json;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;
using AccountGov.Custody.IntegrationTests.Handovers;
using AccountGov.ServiceDefaults.Time;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Reviews;

/// <summary>
/// A BD condition with a due date, end to end on real PostgreSQL and RabbitMQ: it comes due, its custodians and
/// sponsor are reminded, it passes its due date and BD is told, and a custodian records it. Custody's day is moved
/// (ShiftableClock); the review clock ticks in real time against it.
/// </summary>
public class ReviewLifecycleTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    private static readonly BusinessCalendar Calendar = new(BusinessCalendarSetup.EnglandAndWales());

    [Fact]
    public async Task GivenADatedCondition_WhenItComesDueAndPasses_ThenItRemindsEscalatesAndIsCompletedByACustodian()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var today = Today(fixture);
        var dueOn = Calendar.AddBusinessDays(today, 12);
        var account = await Account(fixture.Custody, carl, dina, Personas.Sam, new ApprovedCondition("Disclaimer in the bio", dueOn));
        var custodian = await fixture.Custody.ClientFor(carl, "Staff");
        var bd = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");

        var reviews = (await custodian.GetFromJsonAsync<ReviewDetails[]>($"/accounts/{account.Id}/reviews", Json.Options))!;
        var condition = Assert.Single(reviews, r => r.Kind == ReviewKind.Condition);
        Assert.Equal(("Disclaimer in the bio", dueOn, ReviewStatus.Due), (condition.Condition, condition.DueOn, condition.Status));
        Assert.Single(reviews, r => r.Kind == ReviewKind.Account && r.DueOn == today.AddMonths(12));

        try
        {
            MoveTo(Calendar.AddBusinessDays(today, 10)); // two business days before it is due
            var due = await Eventually.Get(() => Task.FromResult(fixture.Published.Of<ReviewDue>().SingleOrDefault(m => m.ReviewId == condition.Id)),
                what: "ReviewDue published");
            Assert.Equal([carl, dina, Personas.Sam], due.ToUserIds);

            MoveTo(Calendar.AddBusinessDays(dueOn, 1));
            var overdue = await Eventually.Get(() => Task.FromResult(fixture.Published.Of<ReviewEscalated>().SingleOrDefault(m => m.ReviewId == condition.Id)),
                what: "ReviewEscalated published");
            Assert.Equal((ReviewKind.Condition, dueOn, Personas.Sam), (overdue.Kind, overdue.DueOn, overdue.SponsorUserId));
            var bdSees = (await bd.GetFromJsonAsync<ReviewDetails[]>("/reviews?overdue=true", Json.Options))!;
            var listed = Assert.Single(bdSees, r => r.Id == condition.Id);
            Assert.True(listed.Overdue);
            Assert.NotNull(listed.EscalatedOn);

            var url = $"/accounts/{account.Id}/reviews/{condition.Id}/completion";
            var bad = await Post(custodian, url, new ReviewCompletionBody("Done"), listed.Version);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("\"outcome\"", await bad.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.PreconditionFailed,
                (await Post(custodian, url, new ReviewCompletionBody("Confirmed", ConditionMet: true), listed.Version - 1)).StatusCode);

            var done = await Post(custodian, url, new ReviewCompletionBody("Confirmed", ConditionMet: true), listed.Version);
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            var completed = (await done.Content.ReadFromJsonAsync<ReviewDetails>(Json.Options))!;
            Assert.Equal((ReviewStatus.Confirmed, carl), (completed.Status, completed.CompletedBy));
            Assert.Equal($"\"{completed.Version}\"", done.Headers.ETag!.Tag);
            await Eventually.True(() => Task.FromResult(fixture.Published.Of<ReviewCompleted>().Any(m => m.ReviewId == condition.Id && m.Outcome == "Confirmed")),
                what: "ReviewCompleted published");
            Assert.DoesNotContain(fixture.Custody.Logs.Lines, l => l.Contains("The review clock"));
        }
        finally
        {
            fixture.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task GivenAnAccountReview_WhenItsCustodiansConfirmAndNoCredentialWasStored_ThenOnlyChangesNeededCanBeRecorded()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var carlClient = await fixture.Custody.ClientFor(carl, "Staff");
        var dinaClient = await fixture.Custody.ClientFor(dina, "Staff");
        var review = Assert.Single((await carlClient.GetFromJsonAsync<ReviewDetails[]>($"/accounts/{account.Id}/reviews", Json.Options))!);
        var url = $"/accounts/{account.Id}/reviews/{review.Id}";

        Assert.Equal(HttpStatusCode.OK, (await carlClient.PostAsync($"{url}/confirmations", null)).StatusCode);
        var confirmed = (await (await dinaClient.PostAsync($"{url}/confirmations", null)).Content.ReadFromJsonAsync<ReviewDetails>(Json.Options))!;
        Assert.Empty(confirmed.Unconfirmed);

        var allYes = new ReviewCompletionBody("Confirmed", true, true, true, "Ten posts read; nothing off-policy.");
        var refused = await Post(carlClient, $"{url}/completion", allYes, confirmed.Version);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("rotation period", await refused.Content.ReadAsStringAsync());

        var changes = await Post(dinaClient, $"{url}/completion",
            allYes with { Outcome = "ChangesNeeded", Tasks = ["Rotate the password and store it"] }, confirmed.Version);
        var open = (await changes.Content.ReadFromJsonAsync<ReviewDetails>(Json.Options))!;
        Assert.Equal((ReviewStatus.ChangesNeeded, false), (open.Status, open.CredentialRotatedInPeriod));
        Assert.Equal(["Rotate the password and store it"], open.Tasks);
    }

    /// <summary>Custody's day becomes <paramref name="day"/>, counted from the real day (the offset replaces any earlier move).</summary>
    private void MoveTo(DateOnly day)
    {
        fixture.Clock.Offset = TimeSpan.Zero;
        fixture.Clock.Offset = TimeSpan.FromDays(day.DayNumber - Today(fixture).DayNumber);
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string url, ReviewCompletionBody body, long version)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        return client.SendAsync(request);
    }
}
