using AccountGov.Approvals.Api.Cases;
using AccountGov.EventSourcing.Consuming;
using Marten;
using MassTransit;

namespace AccountGov.Approvals.Api.Inbound;

/// <summary>
/// A message about an existing case. If the case is not there yet (its RequestSubmitted is still on its way on
/// another queue), the message fails and MassTransit's retry brings it back once the case exists.
/// </summary>
public abstract class CaseMessageConsumer<TMessage>(IDocumentSession session, TimeProvider clock, ILogger logger)
    : IdempotentConsumer<TMessage>(session, clock, logger) where TMessage : class
{
    protected abstract Guid RequestId(TMessage message);

    protected abstract IReadOnlyList<object> Decide(Case current, TMessage message, DateTimeOffset now);

    protected override async Task Handle(TMessage message, ConsumeContext<TMessage> context)
    {
        var stream = await Session.Events.FetchForWriting<Case>(RequestId(message), context.CancellationToken);
        if (stream.Aggregate is null)
            throw new InvalidOperationException($"No case yet for the {typeof(TMessage).Name}; retrying.");
        var events = Decide(stream.Aggregate, message, Clock.GetUtcNow());
        if (events.Count > 0) stream.AppendMany(events.ToArray());
    }
}
