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
/// publishes their public counterparts. It returns (and so lets Marten advance its progress) only after every
/// publish in the page was confirmed by the broker: delivery is at least once, and the MessageId is the Marten
/// event id, so every redelivery carries the same id. A broker outage is waited out; a poison event (one that
/// cannot be mapped or serialised) is dead-lettered in Marten and the forwarder moves on.
/// </summary>
public abstract class EventForwarder(IBus bus, ILogger logger) : SubscriptionBase
{
    private static readonly ActivitySource Source = new(TelemetrySetup.AccountGovSource);

    /// <summary>The integration message for a committed domain event, or null when the event stays private.</summary>
    protected abstract object? ToMessage(IEvent @event);

    public TimeSpan PublishTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(5);

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken ct)
    {
        foreach (var @event in page.Events)
        {
            object? message;
            try
            {
                message = ToMessage(@event);
            }
            catch (Exception ex)
            {
                await DeadLetter(controller, @event, ex);
                continue;
            }
            if (message is not null)
                await PublishUntilConfirmed(@event, message, controller, ct);
        }
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
        await controller.RecordDeadLetterEventAsync(@event, ex);
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
