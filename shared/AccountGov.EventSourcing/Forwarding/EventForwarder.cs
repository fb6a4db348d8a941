using System.Diagnostics;
using AccountGov.EventSourcing.Marten;
using AccountGov.ServiceDefaults.Telemetry;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AccountGov.EventSourcing.Forwarding;

/// <summary>
/// The one way onto the bus. A Marten subscription in the async daemon reads committed events in order and
/// publishes their public counterparts: the streams of a page concurrently, the events of one stream in commit
/// order. It returns (and so lets Marten advance its progress) only after every publish in the page was confirmed
/// by the broker: delivery is at least once, and the MessageId is the Marten
/// event id, so every redelivery carries the same id. A broker outage is waited out; a poison event (one that
/// cannot be mapped or serialised) is dead-lettered in Marten and the forwarder moves on.
/// </summary>
public abstract class EventForwarder(IBus bus, ILogger logger) : SubscriptionBase
{
    private static readonly ActivitySource Source = new(TelemetrySetup.AccountGovSource);
    // Streams publish concurrently; the controller's dead-letter queue is written one at a time.
    private readonly SemaphoreSlim deadLetters = new(1, 1);

    /// <summary>The integration message for a committed domain event, or null when the event stays private.</summary>
    protected abstract object? ToMessage(IEvent @event);

    public TimeSpan PublishTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many streams of a page are published at once; each stream's own messages go one after another.</summary>
    public int MaxStreamsInFlight { get; init; } = 64;

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken ct)
    {
        var outgoing = new List<(IEvent Event, object Message)>(page.Events.Count);
        foreach (var @event in page.Events)
        {
            try
            {
                if (ToMessage(@event) is { } message) outgoing.Add((@event, message));
            }
            catch (Exception ex)
            {
                await DeadLetter(controller, @event, ex);
            }
        }
        // Streams in parallel, each stream in commit order (the next of a stream waits for the last one's confirm),
        // and the page is done only when every publish in it was confirmed: then Marten may advance.
        var streams = PageStreams.InOrder(outgoing);
        await Parallel.ForEachAsync(streams, new ParallelOptions { MaxDegreeOfParallelism = MaxStreamsInFlight, CancellationToken = ct },
            async (stream, token) =>
            {
                foreach (var (@event, message) in stream)
                    await PublishUntilConfirmed(@event, message, controller, token);
            });
        return NullChangeListener.Instance;
    }

    private async Task PublishUntilConfirmed(IEvent @event, object message, ISubscriptionController controller, CancellationToken ct)
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        for (var attempt = 1; ; attempt++)
        {
            using var activity = StartActivity(@event, message);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(PublishTimeout);
            try
            {
                await bus.Publish(message, message.GetType(), ctx => ctx.MessageId = @event.Id, timeout.Token);
                return;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (IsPoison(ex))
            {
                await DeadLetter(controller, @event, ex);
                return;
            }
            catch (Exception ex)
            {
                // Broker down or unconfirmed: keep the event (and everything after it) until the broker is back.
                logger.LogWarning("Publishing {MessageType} for event {EventId} failed (attempt {Attempt}): {Error}",
                    message.GetType().Name, @event.Id, attempt, ex.GetType().Name);
                await Task.Delay(backoff, ct);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private async Task DeadLetter(ISubscriptionController controller, IEvent @event, Exception ex)
    {
        logger.LogError("Dead-lettering event {EventId} of type {EventType} at sequence {Sequence}: {Error}",
            @event.Id, @event.EventTypeName, @event.Sequence, ex.GetType().Name);
        await deadLetters.WaitAsync();
        try
        {
            await controller.RecordDeadLetterEventAsync(@event, ex);
        }
        finally
        {
            deadLetters.Release();
        }
    }

    // Failures that no retry can fix: the message cannot be built or serialised.
    private static bool IsPoison(Exception ex) =>
        ex is System.Text.Json.JsonException or ArgumentException or NotSupportedException or InvalidCastException;

    private static Activity? StartActivity(IEvent @event, object message)
    {
        var parent = @event.Headers is not null
                     && @event.Headers.TryGetValue(TracingSessionFactory.TraceParentHeader, out var value)
                     && ActivityContext.TryParse(value?.ToString(), null, out var context)
            ? context
            : default;
        return Source.StartActivity($"forward {message.GetType().Name}", ActivityKind.Producer, parent);
    }
}
