using AccountGov.EventSourcing.Writing;
using Marten;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AccountGov.EventSourcing.Consuming;

/// <summary>
/// A consumer that has no second effect for the same MessageId. The effects and the record of the message are
/// committed in one Marten transaction; the record is inserted, not upserted, so two concurrent deliveries of
/// one message cannot both commit: the loser fails, is retried, and then finds the record and does nothing.
/// </summary>
public abstract class IdempotentConsumer<TMessage>(IDocumentSession session, TimeProvider clock, ILogger logger)
    : IConsumer<TMessage> where TMessage : class
{
    protected IDocumentSession Session => session;
    protected TimeProvider Clock => clock;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId.");
        var key = ProcessedMessage.KeyFor(GetType().Name, messageId);
        if (await session.LoadAsync<ProcessedMessage>(key, context.CancellationToken) is not null)
        {
            logger.LogInformation("{MessageType} {MessageId} was already handled; ignoring the redelivery.",
                typeof(TMessage).Name, messageId);
            return;
        }

        await Handle(context.Message, context);
        session.Insert(new ProcessedMessage(key, typeof(TMessage).Name, clock.GetUtcNow()));
        await CommitRules.SaveAsync(session, context.CancellationToken);
    }

    /// <summary>Stage the effects on <see cref="Session"/>; do not save. The base commits them with the record.</summary>
    protected abstract Task Handle(TMessage message, ConsumeContext<TMessage> context);
}
