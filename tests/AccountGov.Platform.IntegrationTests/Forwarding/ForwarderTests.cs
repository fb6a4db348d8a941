using JasperFx.Events.Daemon;
using Marten;
using AccountGov.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;

namespace AccountGov.Platform.IntegrationTests.Forwarding;

public class ForwarderTests(ForwarderHost host) : IClassFixture<ForwarderHost>
{
    [Fact]
    public async Task GivenCommittedEvents_WhenForwarded_ThenEachArrivesOnceInStreamOrderWithTheEventIdAsMessageId()
    {
        var streams = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToArray();
        // Concurrent writers, several commits per stream, so the forwarder sees interleaved pages.
        await Task.WhenAll(streams.Select(async id =>
        {
            for (var n = 1; n <= 5; n++)
            {
                await using var session = host.Store.LightweightSession();
                session.Events.Append(id, new PingRecorded(id, n));
                await session.SaveChangesAsync();
            }
        }));

        var mine = await Eventually.Get(() => Task.FromResult<List<(Guid MessageId, Pinged Message)>?>(
                host.Received.Messages.Where(m => streams.Contains(m.Message.StreamId)).ToList()),
            until: l => l!.Count >= 20, what: "20 forwarded messages");

        Assert.Equal(20, mine.Count);
        foreach (var id in streams)
            Assert.Equal([1, 2, 3, 4, 5], mine.Where(m => m.Message.StreamId == id).Select(m => m.Message.N));

        await using var query = host.Store.QuerySession();
        var eventIds = new HashSet<Guid>();
        foreach (var id in streams)
            eventIds.UnionWith((await query.Events.FetchStreamAsync(id)).Select(e => e.Id));
        Assert.True(eventIds.SetEquals(mine.Select(m => m.MessageId)));
    }

    [Fact]
    public async Task GivenManyStreamsInOnePage_WhenForwardedConcurrently_ThenNoneIsLostOrRepeatedAndEachStreamKeepsItsOrder()
    {
        // 60 streams of 6 events, written as 3 commits each by concurrent writers, plus one commit that touches
        // every stream: pages hold many streams at once, which the forwarder publishes in parallel.
        var streams = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid()).ToArray();
        await Task.WhenAll(streams.Select(async id =>
        {
            for (var n = 1; n <= 5; n += 2)
            {
                await using var session = host.Store.LightweightSession();
                session.Events.Append(id, new PingRecorded(id, n), new PingRecorded(id, n + 1));
                await session.SaveChangesAsync();
            }
        }));
        await using (var session = host.Store.LightweightSession())
        {
            foreach (var id in streams) session.Events.Append(id, new PingRecorded(id, 7));
            await session.SaveChangesAsync();
        }

        var mine = await Eventually.Get(() => Task.FromResult<List<(Guid MessageId, Pinged Message)>?>(
                host.Received.Messages.Where(m => streams.Contains(m.Message.StreamId)).ToList()),
            until: l => l!.Count >= streams.Length * 7, what: "every forwarded message");

        Assert.Equal(streams.Length * 7, mine.Select(m => m.MessageId).Distinct().Count());
        foreach (var id in streams)
            Assert.Equal([1, 2, 3, 4, 5, 6, 7], mine.Where(m => m.Message.StreamId == id).Select(m => m.Message.N));
        await using var query = host.Store.QuerySession();
        var eventIds = new HashSet<Guid>();
        foreach (var id in streams)
            eventIds.UnionWith((await query.Events.FetchStreamAsync(id)).Select(e => e.Id));
        Assert.True(eventIds.SetEquals(mine.Select(m => m.MessageId)));
    }

    [Fact]
    public async Task GivenAPoisonEvent_WhenForwarded_ThenItIsDeadLetteredVisiblyAndLaterEventsStillFlow()
    {
        var id = Guid.NewGuid();
        await using (var session = host.Store.LightweightSession())
        {
            session.Events.Append(id, new PingRecorded(id, 1), new PoisonRecorded(id), new PingRecorded(id, 2));
            await session.SaveChangesAsync();
        }

        var mine = await Eventually.Get(() => Task.FromResult<List<Pinged>?>(
                host.Received.Messages.Where(m => m.Message.StreamId == id).Select(m => m.Message).ToList()),
            until: l => l!.Count >= 2, what: "the events either side of the poison one");
        Assert.Equal([1, 2], mine.Select(m => m.N));

        await using var query = host.Store.QuerySession();
        Assert.Equal(1, await query.Query<DeadLetterEvent>().CountAsync());
        var health = await host.App.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(c => c.Name == "forwarder-dead-letters");
        Assert.Equal(HealthStatus.Degraded, health.Status);
    }

    [Fact]
    public async Task GivenAMessageThatKeepsFailing_WhenRetriesAreSpent_ThenItWaitsInTheErrorQueueAndReadinessCountsIt()
    {
        var health = host.App.Services.GetRequiredService<HealthCheckService>();
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(c => c.Name == "rabbitmq")).Status);

        await host.App.Services.GetRequiredService<MassTransit.IBus>().Publish(new Doomed(Guid.NewGuid()));

        var report = await Eventually.Get(async () => await health.CheckHealthAsync(c => c.Name == "rabbitmq"),
            until: r => r!.Status == HealthStatus.Degraded, within: TimeSpan.FromMinutes(2), what: "the error queue to be counted");
        Assert.Contains("doomed_error: 1", report.Entries["rabbitmq"].Description);
    }
}
