using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Registering;
using AccountGov.Custody.Api.Hr;
using AccountGov.Custody.Api.Reviews.Scheduling;
using AccountGov.EventSourcing.Writing;
using AccountGov.EventSourcing.Consuming;
using Marten;
using MassTransit;

namespace AccountGov.Custody.Api.Inbound;

/// <summary>
/// Registers the approved account and schedules its reviews in the same commit. Idempotent twice over: on
/// MessageId, and on the derived stream ids.
/// </summary>
public sealed class AccountRequestApprovedConsumer(
    IDocumentSession session, TimeProvider clock, CustodyDay day, ILogger<AccountRequestApprovedConsumer> logger)
    : IdempotentConsumer<AccountRequestApproved>(session, clock, logger)
{
    protected override async Task Handle(AccountRequestApproved message, ConsumeContext<AccountRequestApproved> context)
    {
        var accountId = StreamIds.ForAccount(message.RequestId);
        var existing = await Session.Events.FetchLatest<Account>(accountId, context.CancellationToken);
        var registration = RegisterAccount.Decide(existing, message, accountId, Clock.GetUtcNow());
        if (registration.Count == 0) return;
        // Staged, not committed: the idempotent consumer commits it with the MessageId record. Starting the streams
        // (expected version 0) makes a concurrent second registration fail rather than duplicate.
        Session.Stage([StreamAppend.Start<Account>(accountId, registration), .. ReviewSchedule.Initial(accountId, message, day.Today, day.Now)]);
    }
}
