using AccountGov.EventSourcing.Forwarding;
using JasperFx.Events;
using JasperFx.Events.Subscriptions;
using MassTransit;
using Contracts = AccountGov.Approvals.Contracts;
using Domain = AccountGov.Approvals.Api.Cases;

namespace AccountGov.Approvals.Api.Outbound;

/// <summary>
/// Domain event → public contract. The three outcomes leave the service: AccountRequests moves the request's
/// status on all three, Custody registers the account on approval. Everything else stays private.
/// </summary>
public sealed class ApprovalsForwarder(IBus bus, ILogger<ApprovalsForwarder> logger) : EventForwarder(bus, logger)
{
    public static void Subscribe(ISubscriptionOptions o)
    {
        o.IncludeType<Domain.CaseApproved>();
        o.IncludeType<Domain.CaseRejected>();
        o.IncludeType<Domain.CaseChangesRequested>();
    }

    protected override object? ToMessage(IEvent @event) => @event.Data switch
    {
        Domain.CaseApproved e => new Contracts.AccountRequestApproved(e.RequestId, e.Team, e.Platform, e.Handle,
            new Contracts.ApprovedStaff(e.Sponsor.UserId, e.Sponsor.Name),
            e.Custodians.Select(c => new Contracts.ApprovedCustodian(c.UserId, c.Name, c.Role)).ToArray(),
            e.Conditions, e.ApprovedBy, e.ApprovedAt),
        Domain.CaseRejected e => new Contracts.AccountRequestRejected(e.RequestId, e.Stage.ToString(), e.RejectedBy, e.Reason, e.RejectedAt),
        Domain.CaseChangesRequested e => new Contracts.ChangesRequested(e.RequestId, e.RequestedBy, e.Comment, e.RequestedAt),
        _ => null,
    };
}
