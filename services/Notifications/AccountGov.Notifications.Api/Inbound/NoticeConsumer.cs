using AccountGov.EventSourcing.Consuming;
using AccountGov.Notifications.Api.Notices;
using AccountGov.Notifications.Api.Outbox;
using AccountGov.Notifications.Api.People;
using Marten;
using MassTransit;

namespace AccountGov.Notifications.Api.Inbound;

/// <summary>
/// Turns one integration message into staged emails, committed with the record of its MessageId (see
/// <see cref="IdempotentConsumer{TMessage}"/>): a redelivery finds the record and sends nothing more. A message
/// about a request or account Notifications has not heard of yet waits as a <see cref="DeferredNotice"/>, committed
/// with the message's record, and comes back once it is known; one that keeps failing (malformed) ends in the
/// queue's _error queue, never in anyone's inbox.
/// </summary>
public abstract class NoticeConsumer<TMessage>(ConsumerServices services, ILogger logger)
    : IdempotentConsumer<TMessage>(services.Session, services.Clock, logger) where TMessage : class
{
    private readonly ILogger log = logger;

    protected Links Links => services.Links;

    /// <summary>What the message means for email, and the request whose people it names (for their addresses).</summary>
    protected abstract Task<(Decision Decision, RequestContacts? Request)> Decide(TMessage message, CancellationToken ct);

    protected override async Task Handle(TMessage message, ConsumeContext<TMessage> context)
    {
        // A replay answers its notice, whatever happens next.
        if (context.Headers.Get<string>(DeferredNotice.Header) is { } answered) Session.Delete<DeferredNotice>(answered);
        (Decision Decision, RequestContacts? Request) decided;
        try
        {
            decided = await Decide(message, context.CancellationToken);
        }
        catch (NotKnownYetException ex)
        {
            Session.Store(DeferredNotice.For(GetType().Name, context.MessageId!.Value, message, context.ReceiveContext.InputAddress,
                ex.WaitsFor, Clock.GetUtcNow()));
            log.LogInformation("{MessageType} {MessageId} waits: {Reason}", typeof(TMessage).Name, context.MessageId, ex.Message);
            return;
        }
        await services.Outbox.Stage(Session, context.MessageId!.Value, typeof(TMessage).Name, decided.Decision, decided.Request, context.CancellationToken);
    }

    protected async Task<RequestContacts> Request(Guid requestId, CancellationToken ct) =>
        await Session.LoadAsync<RequestContacts>(requestId, ct)
        ?? throw new NotKnownYetException(requestId, $"no request {requestId} known yet for a {typeof(TMessage).Name}.");

    protected async Task<(AccountContacts Account, RequestContacts Request)> Account(Guid accountId, CancellationToken ct)
    {
        var account = await Session.LoadAsync<AccountContacts>(accountId, ct)
            ?? throw new NotKnownYetException(accountId, $"no account {accountId} known yet for a {typeof(TMessage).Name}.");
        return (account, await Request(account.RequestId, ct));
    }

    protected static T Required<T>(T? value, string field) where T : class =>
        value ?? throw new InvalidMessageException($"{typeof(TMessage).Name} has no {field}.");
}

/// <summary>What every notice consumer needs, in one constructor argument.</summary>
public sealed record ConsumerServices(IDocumentSession Session, TimeProvider Clock, EmailOutbox Outbox, Links Links);

public sealed class InvalidMessageException(string message) : Exception(message);
