using System.Diagnostics;
using AccountGov.Bench.Driving;
using RabbitMQ.Client;

namespace AccountGov.Bench.Probes;

/// <summary>
/// The broker's raw publish-confirm: persistent messages to a durable queue (as the forwarder's are), first one at a
/// time (each awaiting its confirm: the latency, and the old forwarder's ceiling), then 100 in flight at once.
/// </summary>
public static class RabbitProbe
{
    public sealed record Result(double SequentialPerSecond, double ConfirmP50Ms, double ConcurrentPerSecond);

    public static async Task<Result> Confirms(Options options, TimeSpan duration)
    {
        var factory = new ConnectionFactory
        {
            HostName = options.RabbitHost, VirtualHost = options.RabbitVirtualHost,
            UserName = options.RabbitUser, Password = options.RabbitPassword,
        };
        await using var connection = await factory.CreateConnectionAsync("accountgov-bench-probe");
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var queue = $"accountgov-bench-probe-{Environment.ProcessId}";
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        try
        {
            var body = new byte[600]; // about the size of a forwarded message's envelope
            var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
            var latency = new Latency();
            var watch = Stopwatch.StartNew();
            var sequential = 0;
            while (watch.Elapsed < duration / 2)
            {
                var start = Stopwatch.GetTimestamp();
                await channel.BasicPublishAsync("", queue, false, properties, body);
                latency.Since(start);
                sequential++;
            }
            var sequentialRate = sequential / watch.Elapsed.TotalSeconds;

            watch.Restart();
            var concurrent = 0;
            while (watch.Elapsed < duration / 2)
            {
                await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => channel.BasicPublishAsync("", queue, false, properties, body).AsTask()));
                concurrent += 100;
            }
            return new Result(sequentialRate, latency.Ms(50), concurrent / watch.Elapsed.TotalSeconds);
        }
        finally
        {
            await channel.QueueDeleteAsync(queue);
        }
    }
}
