using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Withdrawing;
using Marten;

namespace AccountGov.Approvals.Api.Inbound;

public sealed class RequestWithdrawnConsumer(IDocumentSession session, TimeProvider clock, ILogger<RequestWithdrawnConsumer> logger)
    : CaseMessageConsumer<RequestWithdrawn>(session, clock, logger)
{
    protected override Guid RequestId(RequestWithdrawn message) => message.RequestId;

    protected override IReadOnlyList<object> Decide(Case current, RequestWithdrawn message, DateTimeOffset now) =>
        WithdrawCase.Decide(current, message);
}
