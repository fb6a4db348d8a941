using AccountGov.EventSourcing.Consuming;
using AccountGov.ServiceDefaults.Validation;
using Marten;
using MassTransit;
using Requests = AccountGov.AccountRequests.Contracts;
using Rejected = AccountGov.Approvals.Contracts.AccountRequestRejected;

namespace AccountGov.Custody.Api.Accounts.Uniqueness;

/// <summary>
/// A handle a request in the flow holds, as AccountRequests and Approvals published it: Custody's copy, so an import
/// refuses an account already being requested without calling AccountRequests. <see cref="Closed"/> once the request
/// is withdrawn or rejected, which frees the handle; a late earlier message never reopens it.
/// </summary>
public sealed record RequestedHandle(Guid Id, string Key, int Revision, bool Closed);

public sealed class RequestSubmittedConsumer(IDocumentSession session, TimeProvider clock, ILogger<RequestSubmittedConsumer> logger)
    : IdempotentConsumer<Requests.RequestSubmitted>(session, clock, logger)
{
    protected override Task Handle(Requests.RequestSubmitted m, ConsumeContext<Requests.RequestSubmitted> context) =>
        RequestedHandles.Hold(Session, m.RequestId, m.Revision, m.Platform, m.Handle, context.CancellationToken);
}

public sealed class RequestRevisedConsumer(IDocumentSession session, TimeProvider clock, ILogger<RequestRevisedConsumer> logger)
    : IdempotentConsumer<Requests.RequestRevised>(session, clock, logger)
{
    protected override Task Handle(Requests.RequestRevised m, ConsumeContext<Requests.RequestRevised> context) =>
        RequestedHandles.Hold(Session, m.RequestId, m.Revision, m.Platform, m.Handle, context.CancellationToken);
}

public sealed class RequestWithdrawnConsumer(IDocumentSession session, TimeProvider clock, ILogger<RequestWithdrawnConsumer> logger)
    : IdempotentConsumer<Requests.RequestWithdrawn>(session, clock, logger)
{
    protected override Task Handle(Requests.RequestWithdrawn m, ConsumeContext<Requests.RequestWithdrawn> context) =>
        RequestedHandles.Free(Session, m.RequestId, context.CancellationToken);
}

public sealed class RequestRejectedConsumer(IDocumentSession session, TimeProvider clock, ILogger<RequestRejectedConsumer> logger)
    : IdempotentConsumer<Rejected>(session, clock, logger)
{
    protected override Task Handle(Rejected m, ConsumeContext<Rejected> context) =>
        RequestedHandles.Free(Session, m.RequestId, context.CancellationToken);
}

public static class RequestedHandles
{
    public static async Task Hold(IDocumentSession session, Guid requestId, int revision, string platform, string handle, CancellationToken ct)
    {
        var held = await session.LoadAsync<RequestedHandle>(requestId, ct);
        if (held is { Closed: true } || held?.Revision > revision) return;
        session.Store(new RequestedHandle(requestId, HandleKey.Of(platform, handle), revision, false));
    }

    public static async Task Free(IDocumentSession session, Guid requestId, CancellationToken ct)
    {
        var held = await session.LoadAsync<RequestedHandle>(requestId, ct);
        session.Store((held ?? new RequestedHandle(requestId, "", 0, true)) with { Closed = true });
    }
}
