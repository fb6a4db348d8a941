using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Api.Cases.Opening;
using AccountGov.Approvals.Api.Cases.Routing;
using AccountGov.EventSourcing.Consuming;
using Marten;
using MassTransit;

namespace AccountGov.Approvals.Api.Inbound;

public sealed class RequestSubmittedConsumer(
    IDocumentSession session, TimeProvider clock, RoutingPolicy policy, DeadlinePolicy deadlines, ILogger<RequestSubmittedConsumer> logger)
    : IdempotentConsumer<RequestSubmitted>(session, clock, logger)
{
    protected override async Task Handle(RequestSubmitted message, ConsumeContext<RequestSubmitted> context)
    {
        var stream = await Session.Events.FetchForWriting<Case>(message.RequestId, context.CancellationToken);
        var events = OpenCase.Decide(stream.Aggregate, message, Clock.GetUtcNow(), policy, deadlines);
        if (events.Count > 0) Session.Events.StartStream<Case>(message.RequestId, events.ToArray());
    }
}
