using AccountGov.Approvals.Api;
using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Reminding;
using AccountGov.Approvals.Contracts;
using AccountGov.Testing;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AccountGov.Approvals.IntegrationTests;

/// <summary>
/// The hosted scheduler itself, on a movable clock: the case opens on the clock's Monday, and moving the clock to
/// the due day and then past it makes the running scheduler record the reminder and then the escalation.
/// </summary>
public sealed class SchedulerTests : IAsyncLifetime
{
    // Monday 7 January 2030, 10:00 UTC (GMT in London).
    // The scheduler's timer runs on this clock too: it ticks only when the test moves the clock.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2030, 1, 7, 10, 0, 0, TimeSpan.Zero));
    private TestEnvironment environment = null!;
    private ClockedHost host = null!;

    public async Task InitializeAsync()
    {
        environment = await TestEnvironment.CreateAsync("scheduler");
        host = new ClockedHost(environment, clock);
        await host.WaitUntilReady();
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await environment.DisposeAsync();
    }

    [Fact]
    public async Task GivenARunningScheduler_WhenTheClockReachesAndPassesTheDueDay_ThenItRecordsAReminderThenAnEscalation()
    {
        var id = Guid.CreateVersion7();
        await new Requests(host).Publish(Requests.Submission(id));
        var opened = await Load(id, c => c is not null);
        Assert.Equal(new DateOnly(2030, 1, 10), opened.DueBy); // Monday + 3 business days

        clock.Advance(TimeSpan.FromDays(3)); // Thursday, the due day
        var reminded = await Load(id, c => c!.Alerts.Count == 1);
        Assert.Equal(CaseAlertKind.Reminder, reminded.Alerts[0].Kind);

        clock.Advance(TimeSpan.FromDays(1)); // Friday: overdue
        var escalated = await Load(id, c => c!.Alerts.Count == 2);
        Assert.Equal(CaseAlertKind.Escalation, escalated.Alerts[1].Kind);
        Assert.Equal(new DateTimeOffset(2030, 1, 11, 10, 0, 0, TimeSpan.Zero), escalated.Alerts[1].At); // "now" is the clock's

        // A further sweep on the same day records nothing more: the sweep itself reports that it ran and found nothing.
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await host.Get<DeadlineSweep>().RunAsync(clock.GetUtcNow(), CancellationToken.None));
        Assert.Equal(2, (await Load(id, c => c is not null)).Alerts.Count);
    }

    private Task<Case> Load(Guid id, Func<Case?, bool> until) => Eventually.Get(async () =>
    {
        await using var session = host.Get<IDocumentStore>().QuerySession();
        return await session.LoadAsync<Case>(id);
    }, until, what: "the case");

    private sealed class ClockedHost(TestEnvironment environment, TimeProvider clock)
        : ServiceHost<ApprovalsApi>(environment, ApprovalsModule.ServiceName,
            new Dictionary<string, string?> { ["Approvals:SweepInterval"] = "00:10:00" })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s =>
            {
                s.RemoveAll<TimeProvider>();
                s.AddSingleton(clock);
            });
        }
    }
}
