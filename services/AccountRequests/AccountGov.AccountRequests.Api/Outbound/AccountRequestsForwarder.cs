using AccountGov.EventSourcing.Forwarding;
using JasperFx.Events;
using JasperFx.Events.Subscriptions;
using MassTransit;
using Contracts = AccountGov.AccountRequests.Contracts;
using Domain = AccountGov.AccountRequests.Api.Requests;

namespace AccountGov.AccountRequests.Api.Outbound;

/// <summary>Domain event → public contract. Only events listed in <see cref="Subscribe"/> reach the forwarder.</summary>
public sealed class AccountRequestsForwarder(IBus bus, ILogger<AccountRequestsForwarder> logger) : EventForwarder(bus, logger)
{
    public static void Subscribe(ISubscriptionOptions o) => o.IncludeType<Domain.RequestSubmitted>();

    protected override object? ToMessage(IEvent @event) => @event.Data switch
    {
        Domain.RequestSubmitted e => new Contracts.RequestSubmitted(e.RequestId, 1, e.Team, e.Platform, e.Handle,
            Staff(e.Requester), Staff(e.Sponsor),
            e.Custodians.Select((c, i) => new Contracts.CustodianRef(c.UserId, c.Name,
                i == 0 ? Contracts.CustodianRole.Primary : Contracts.CustodianRole.Deputy)).ToArray(),
            DpiaRequired: false, e.SubmittedAt),
        _ => null,
    };

    private static Contracts.StaffRef Staff(Domain.Person p) => new(p.UserId, p.Name);
}
