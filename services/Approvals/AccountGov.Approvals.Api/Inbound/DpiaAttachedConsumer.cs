using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.AttachingDpia;
using AccountGov.Approvals.Api.Cases.Deadlines;
using Marten;

namespace AccountGov.Approvals.Api.Inbound;

public sealed class DpiaAttachedConsumer(
    IDocumentSession session, TimeProvider clock, DeadlinePolicy deadlines, ILogger<DpiaAttachedConsumer> logger)
    : CaseMessageConsumer<DpiaAttached>(session, clock, logger)
{
    protected override Guid RequestId(DpiaAttached message) => message.RequestId;

    protected override IReadOnlyList<object> Decide(Case current, DpiaAttached message, DateTimeOffset now) =>
        AttachDpia.Decide(current, message, now, deadlines);
}
