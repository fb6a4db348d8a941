using System.Net;
using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Inbound;
using AccountGov.EventSourcing.Consuming;
using AccountGov.Testing;
using Marten;
using Xunit.Abstractions;

namespace AccountGov.Platform.IntegrationTests;

/// <summary>
/// Stops the real broker while submissions go on. It takes the shared broker away, so `make test` runs this
/// category on its own, after everything else.
/// </summary>
[Trait("Category", "BrokerOutage")]
public class BrokerOutageTests(PipelineFixture fixture, ITestOutputHelper output) : IClassFixture<PipelineFixture>
{
    [Fact]
    public async Task GivenTheBrokerStopsWhileSubmissionsContinue_WhenItReturns_ThenEverySubmissionReachesApprovalsExactlyOnce()
    {
        var rita = await fixture.Requests.ClientFor(Personas.Rita, "Staff");
        var broker = fixture.Environment.Servers.Broker;
        var ids = new List<Guid>();
        using var stop = new CancellationTokenSource();

        var submitting = Task.Run(async () =>
        {
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                ids.Add(await ThinSubmission.SubmitAsync(rita, $"@outage{n++}"));
                await Task.Delay(50);
            }
        });

        await Task.Delay(TimeSpan.FromSeconds(1));
        await broker.StopAsync();
        try
        {
            var probe = fixture.Requests.CreateClient();
            // The API stays in service (200) and reports the broker Degraded: writes go on during the outage.
            await Eventually.True(async () =>
            {
                var response = await probe.GetAsync("/health/ready");
                return response.StatusCode == HttpStatusCode.OK
                       && (await response.Content.ReadAsStringAsync()).Contains("\"rabbitmq\":{\"status\":\"Degraded\"");
            }, what: "readiness to report the broker degraded");
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        finally
        {
            await broker.StartAsync();
        }
        var restarted = System.Diagnostics.Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await submitting;

        var store = fixture.Approvals.Get<IDocumentStore>();
        await Eventually.True(async () =>
        {
            await using var session = store.QuerySession();
            return await session.Query<Case>().CountAsync(c => ids.Contains(c.Id)) == ids.Count;
        }, within: TimeSpan.FromMinutes(3), what: $"all {ids.Count} cases after the outage");

        // Reported, not asserted: recovery time is a measurement, not a test condition.
        output.WriteLine($"{ids.Count} submissions; all cases present {restarted.Elapsed.TotalSeconds:F1}s after the broker was back");

        await using var query = store.QuerySession();
        foreach (var id in ids)
            Assert.Equal(1, (await query.Events.FetchStreamStateAsync(id))!.Version);
        Assert.Equal(ids.Count, await query.Query<ProcessedMessage>()
            .CountAsync(p => p.Id.StartsWith(nameof(RequestSubmittedConsumer) + ":")));
        Assert.True(ids.Count > 20, $"only {ids.Count} submissions were made around the outage");
    }
}
