using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Api.Cases.Reopening;
using AccountGov.Approvals.Api.Cases.Routing;
using Marten;

namespace AccountGov.Approvals.Api.Inbound;

public sealed class RequestRevisedConsumer(
    IDocumentSession session, TimeProvider clock, RoutingPolicy policy, DeadlinePolicy deadlines, ILogger<RequestRevisedConsumer> logger)
    : CaseMessageConsumer<RequestRevised>(session, clock, logger)
{
    protected override Guid RequestId(RequestRevised message) => message.RequestId;

    protected override IReadOnlyList<object> Decide(Case current, RequestRevised message, DateTimeOffset now) =>
        ReopenCase.Decide(current, message, now, policy, deadlines);
}
