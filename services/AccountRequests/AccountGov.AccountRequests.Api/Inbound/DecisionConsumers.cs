using AccountGov.AccountRequests.Api.Requests;
using AccountGov.AccountRequests.Api.Requests.Deciding;
using AccountGov.Approvals.Contracts;
using ChangesRequested = AccountGov.Approvals.Contracts.ChangesRequested;
using SponsorReplaced = AccountGov.Approvals.Contracts.SponsorReplaced;
using AccountGov.EventSourcing.Consuming;
using Marten;
using MassTransit;

namespace AccountGov.AccountRequests.Api.Inbound;

/// <summary>Stages the events a decision message decides on the request's stream; the base commits them exactly once.</summary>
public sealed class DecisionStaging(ILogger<DecisionStaging> logger)
{
    public async Task Stage(
        IDocumentSession session, Guid requestId, Func<AccountRequest, IReadOnlyList<object>> decide, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<AccountRequest>(requestId, ct);
        if (stream.Aggregate is null)
        {
            // Approvals only knows requests we published, so this is another environment's message: visible, not retried.
            logger.LogWarning("A decision arrived for request {RequestId}, which this service does not hold.", requestId);
            return;
        }
        var events = decide(stream.Aggregate);
        if (events.Count == 0)
            logger.LogInformation("A decision for request {RequestId} in status {Status} changes nothing.", requestId, stream.Aggregate.Status);
        stream.AppendMany(events.ToArray());
    }
}

public sealed class AccountRequestApprovedConsumer(IDocumentSession session, TimeProvider clock, ILogger<AccountRequestApprovedConsumer> logger, DecisionStaging staging)
    : IdempotentConsumer<AccountRequestApproved>(session, clock, logger)
{
    protected override Task Handle(AccountRequestApproved message, ConsumeContext<AccountRequestApproved> context) =>
        staging.Stage(Session, message.RequestId, r => RecordDecision.Decide(r, message), context.CancellationToken);
}

public sealed class AccountRequestRejectedConsumer(IDocumentSession session, TimeProvider clock, ILogger<AccountRequestRejectedConsumer> logger, DecisionStaging staging)
    : IdempotentConsumer<AccountRequestRejected>(session, clock, logger)
{
    protected override Task Handle(AccountRequestRejected message, ConsumeContext<AccountRequestRejected> context) =>
        staging.Stage(Session, message.RequestId, r => RecordDecision.Decide(r, message), context.CancellationToken);
}

public sealed class ChangesRequestedConsumer(IDocumentSession session, TimeProvider clock, ILogger<ChangesRequestedConsumer> logger, DecisionStaging staging)
    : IdempotentConsumer<ChangesRequested>(session, clock, logger)
{
    protected override Task Handle(ChangesRequested message, ConsumeContext<ChangesRequested> context) =>
        staging.Stage(Session, message.RequestId, r => RecordDecision.Decide(r, message), context.CancellationToken);
}

public sealed class SponsorReplacedConsumer(IDocumentSession session, TimeProvider clock, ILogger<SponsorReplacedConsumer> logger, DecisionStaging staging)
    : IdempotentConsumer<SponsorReplaced>(session, clock, logger)
{
    protected override Task Handle(SponsorReplaced message, ConsumeContext<SponsorReplaced> context) =>
        staging.Stage(Session, message.RequestId, r => RecordDecision.Decide(r, message), context.CancellationToken);
}
