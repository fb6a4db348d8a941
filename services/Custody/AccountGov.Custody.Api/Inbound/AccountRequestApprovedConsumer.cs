using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Registering;
using AccountGov.Custody.Api.Reports.CustodyGaps;
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
        var accountId = AccountIds.ForRequest(message.RequestId);
        var stream = await Session.Events.FetchForWriting<Account>(accountId, context.CancellationToken);
        var events = RegisterAccount.Decide(stream.Aggregate, message, accountId, Clock.GetUtcNow());
        if (events.Count == 0) return;
        Session.Events.StartStream<Account>(accountId, events.ToArray());
        await CustodyGapStaging.StageAsync(Session, context.CancellationToken); // no custodians named: a gap at once
    }
}
