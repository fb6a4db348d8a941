using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Registering;
using AccountGov.EventSourcing.Writing;
using AccountGov.EventSourcing.Consuming;
using Marten;
using MassTransit;

namespace AccountGov.Custody.Api.Inbound;

/// <summary>Registers the approved account. Idempotent twice over: on MessageId, and on the derived stream id.</summary>
public sealed class AccountRequestApprovedConsumer(IDocumentSession session, TimeProvider clock, ILogger<AccountRequestApprovedConsumer> logger)
    : IdempotentConsumer<AccountRequestApproved>(session, clock, logger)
{
    protected override async Task Handle(AccountRequestApproved message, ConsumeContext<AccountRequestApproved> context)
    {
        var accountId = StreamIds.ForAccount(message.RequestId);
        var existing = await Session.Events.FetchLatest<Account>(accountId, context.CancellationToken);
        // Staged, not committed: the idempotent consumer commits it with the MessageId record. Starting the stream
        // (expected version 0) makes a concurrent second registration fail rather than duplicate.
        Session.Stage([StreamAppend.Start<Account>(accountId, RegisterAccount.Decide(existing, message, accountId, Clock.GetUtcNow()))]);
    }
}
