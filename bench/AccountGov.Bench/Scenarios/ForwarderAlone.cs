using System.Diagnostics;
using System.Text.Json;
using AccountGov.Bench.Probes;
using AccountGov.EventSourcing.Forwarding;
using AccountGov.EventSourcing.Marten;
using AccountGov.EventSourcing.Messaging;
using JasperFx.Events;
using JasperFx.Events.Subscriptions;
using Marten;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace AccountGov.Bench.Scenarios;

public sealed record BurstRecorded(Guid StreamId, int N);

public sealed record BurstForwarded(Guid StreamId, int N);

/// <summary>The services' own forwarder (<see cref="EventForwarder"/>), mapping the bench's events.</summary>
public sealed class BurstForwarder(IBus bus, ILogger<BurstForwarder> logger) : EventForwarder(bus, logger)
{
    public static void Subscribe(ISubscriptionOptions o) => o.IncludeType<BurstRecorded>();

    protected override object? ToMessage(IEvent @event) => @event.Data is BurstRecorded e ? new BurstForwarded(e.StreamId, e.N) : null;
}

/// <summary>
/// P4's second half: the forwarder alone. Over HTTP the burst commits only as fast as the services take submissions,
/// so the forwarder is never the bound there. Here the bench hosts the services' forwarder code (same Marten
/// conventions, daemon, LISTEN/NOTIFY wake-up and publish path with confirms) on a scratch database, commits 5,000
/// events (1,000 streams of 5) in one transaction, as a bulk import would, and hears every message on a queue of its
/// own: the lag after the commit, the publish rate, and the order within each stream. Three bursts a run.
/// </summary>
public static class ForwarderAlone
{
    private const int EventsPerStream = 5;

    public static async Task Measure(Run run)
    {
        var total = run.Options.Size(5000, 1000);
        var database = await Scratch.Database(run.Options.Postgres, "accountgov_bench_forwarder");
        await using var app = Host(run.Options, database);
        await app.StartAsync();
        await using var listener = await Listener.Start(run.Options, ExchangeName());
        var store = app.Services.GetRequiredService<IDocumentStore>();

        // A first stream through the whole pipeline: the daemon has its lock and the bus is up before the clock starts.
        var warmUp = await Commit(store, 1);
        await listener.WaitFor(warmUp, EventsPerStream, TimeSpan.FromMinutes(1));

        // Three bursts, one after the other, each judged; the table's first rows are the median burst's.
        var bursts = new List<(double Lag, double Rate, int Heard, bool InOrder)>();
        for (var burst = 0; burst < 3; burst++)
        {
            var streams = await Commit(store, total / EventsPerStream);
            var committed = Stopwatch.GetTimestamp();
            var arrivals = await listener.WaitFor(streams, total, TimeSpan.FromMinutes(2));
            var lag = arrivals.Count == 0 ? double.NaN : Stopwatch.GetElapsedTime(committed, arrivals[^1].At).TotalMilliseconds;
            var span = arrivals.Count < 2 ? double.NaN : Stopwatch.GetElapsedTime(arrivals[0].At, arrivals[^1].At).TotalSeconds;
            var inOrder = arrivals.GroupBy(a => a.StreamId).All(g => g.Select(a => a.N).SequenceEqual(Enumerable.Range(1, EventsPerStream)));
            bursts.Add((lag, arrivals.Count / span, arrivals.Count, inOrder));
            Console.WriteLine($"  P4 forwarder alone, burst {burst + 1}: last publish {lag:F0} ms after the commit, {arrivals.Count / span:F0} msg/s, {arrivals.Count} heard, in order: {inOrder}");
        }
        var median = bursts.OrderBy(b => b.Lag).ElementAt(1);
        run.Add(new Figure("P4", $"forwarder alone: last publish after one commit of {total} (median of 3)", median.Lag, "ms", "≤ 2,000 ms",
            Figure.AtMost(median.Lag, 2000)));
        var rate = bursts.Select(b => b.Rate).Order().ElementAt(1);
        run.Add(new Figure("P4", "forwarder alone: publish rate, first to last arrival (median of 3)", rate, "msg/s", "≥ 3,000 msg/s",
            Figure.AtLeast(rate, 3000), "RabbitMQ confirms, 100 in flight", run.Baseline.Rabbit.ConcurrentPerSecond, "msg/s"));
        run.Add(new Figure("P4", "forwarder alone: messages heard in 3 bursts, each stream in order", bursts.Sum(b => b.Heard), "msg",
            $"= {3 * total}, in order", bursts.All(b => b.Heard == total && b.InOrder)));
        await app.StopAsync();
    }

    /// <summary>Starts this many streams of <see cref="EventsPerStream"/> events each, in one transaction.</summary>
    private static async Task<HashSet<Guid>> Commit(IDocumentStore store, int count)
    {
        var streams = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToHashSet();
        await using var session = store.LightweightSession();
        foreach (var stream in streams)
            session.Events.StartStream(stream, Enumerable.Range(1, EventsPerStream).Select(n => (object)new BurstRecorded(stream, n)).ToArray());
        await session.SaveChangesAsync();
        return streams;
    }

    /// <summary>MassTransit publishes a message type to the fanout exchange named after its full type name.</summary>
    private static string ExchangeName() => $"{typeof(BurstForwarded).Namespace}:{nameof(BurstForwarded)}";

    private static WebApplication Host(Options options, string database)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = "AccountGov.Bench" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["ConnectionStrings:EventStore"] = database;
        builder.Configuration["RabbitMq:Host"] = options.RabbitHost;
        builder.Configuration["RabbitMq:VirtualHost"] = options.RabbitVirtualHost;
        builder.Configuration["RabbitMq:Username"] = options.RabbitUser;
        builder.Configuration["RabbitMq:Password"] = options.RabbitPassword;
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddAccountGovMarten(_ => { })
            .AddSubscriptionWithServices<BurstForwarder>(ServiceLifetime.Singleton, BurstForwarder.Subscribe);
        builder.AddAccountGovBus("accountgov-bench", _ => { });
        return builder.Build();
    }

    private sealed record Arrival(Guid StreamId, int N, long At);

    /// <summary>A raw consumer on a queue of the bench's own: one callback at a time, so arrival order is kept.</summary>
    private sealed class Listener(IConnection connection, IChannel channel) : IAsyncDisposable
    {
        private readonly List<Arrival> arrivals = [];

        public static async Task<Listener> Start(Options options, string exchange)
        {
            var factory = new ConnectionFactory
            {
                HostName = options.RabbitHost, VirtualHost = options.RabbitVirtualHost,
                UserName = options.RabbitUser, Password = options.RabbitPassword,
            };
            var connection = await factory.CreateConnectionAsync("accountgov-bench-forwarder-listener");
            var channel = await connection.CreateChannelAsync();
            var queue = (await channel.QueueDeclareAsync($"accountgov-bench-forwarded-{Environment.ProcessId}", durable: false, exclusive: true, autoDelete: true)).QueueName;
            var listener = new Listener(connection, channel);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) =>
            {
                var at = Stopwatch.GetTimestamp();
                using var json = JsonDocument.Parse(delivery.Body);
                var message = json.RootElement.GetProperty("message");
                lock (listener.arrivals)
                    listener.arrivals.Add(new Arrival(message.GetProperty("streamId").GetGuid(), message.GetProperty("n").GetInt32(), at));
                return Task.CompletedTask;
            };
            // Declared as MassTransit declares it, so whichever of the two comes first, the other agrees.
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            await channel.QueueBindAsync(queue, exchange, "");
            await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
            return listener;
        }

        /// <summary>Waits until every message of these streams arrived, or nothing new came for 30 s, or the limit passed.
        /// Returns them in arrival order.</summary>
        public async Task<List<Arrival>> WaitFor(HashSet<Guid> streams, int expected, TimeSpan limit)
        {
            var total = Stopwatch.StartNew();
            var quiet = Stopwatch.StartNew();
            for (var seen = -1; total.Elapsed < limit; await Task.Delay(5))
            {
                int count;
                lock (arrivals) count = arrivals.Count(a => streams.Contains(a.StreamId));
                if (count >= expected || (count == seen && quiet.Elapsed > TimeSpan.FromSeconds(30))) break;
                if (count != seen) (seen, quiet) = (count, Stopwatch.StartNew());
            }
            lock (arrivals) return arrivals.Where(a => streams.Contains(a.StreamId)).ToList();
        }

        public async ValueTask DisposeAsync()
        {
            await channel.CloseAsync();
            await connection.CloseAsync();
        }
    }
}
