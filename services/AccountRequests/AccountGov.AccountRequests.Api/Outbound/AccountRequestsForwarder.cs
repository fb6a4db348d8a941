using AccountGov.EventSourcing.Forwarding;
using JasperFx.Events;
using JasperFx.Events.Subscriptions;
using MassTransit;
using Contracts = AccountGov.AccountRequests.Contracts;
using Domain = AccountGov.AccountRequests.Api.Requests;

namespace AccountGov.AccountRequests.Api.Outbound;

/// <summary>
/// Domain event → public contract. Only events listed in <see cref="Subscribe"/> reach the forwarder; Approvals'
/// own decisions (approved, rejected, changes requested) stay private here. Messages carry work identities (id and
/// name, plus the work email given on the request so Notifications can tell them) and never the case's free text.
/// </summary>
public sealed class AccountRequestsForwarder(IBus bus, ILogger<AccountRequestsForwarder> logger) : EventForwarder(bus, logger)
{
    public static void Subscribe(ISubscriptionOptions o)
    {
        o.IncludeType<Domain.RequestSubmitted>();
        o.IncludeType<Domain.RequestRevised>();
        o.IncludeType<Domain.RequestWithdrawn>();
        o.IncludeType<Domain.DpiaAttached>();
    }

    protected override object? ToMessage(IEvent @event) => @event.Data switch
    {
        Domain.RequestSubmitted e => new Contracts.RequestSubmitted(e.RequestId, 1, e.Case.Team, e.Case.Platform.ToString(),
            e.Case.Handle, Staff(e.Requester), Staff(e.Case.Sponsor), Custodians(e.Case), e.DpiaRequired, e.SubmittedAt,
            e.Case.AccountType.ToString(), e.Case.Partner, Cadence(e.Case)),
        Domain.RequestRevised e => new Contracts.RequestRevised(e.RequestId, e.Revision, e.Case.Team, e.Case.Platform.ToString(),
            e.Case.Handle, Staff(e.Requester), Staff(e.Case.Sponsor), Custodians(e.Case), e.DpiaRequired, e.ContentChanged, e.RevisedAt,
            e.Case.AccountType.ToString(), e.Case.Partner, Cadence(e.Case)),
        Domain.RequestWithdrawn e => new Contracts.RequestWithdrawn(e.RequestId, e.WithdrawnBy, e.WithdrawnAt),
        Domain.DpiaAttached e => new Contracts.DpiaAttached(e.RequestId, e.Revision, e.AttachedBy, e.AttachedAt, e.Dpia.ResidualRisk.ToString()),
        _ => null,
    };

    private static string? Cadence(Domain.BusinessCase c) => c.MessagingChecklist?.MembershipReviewCadence.ToString();

    private static Contracts.StaffRef Staff(Domain.Person p) => new(p.UserId, p.Name, NullIfEmpty(p.Email));

    private static Contracts.CustodianRef[] Custodians(Domain.BusinessCase c) =>
        c.Custodians.Select(x => new Contracts.CustodianRef(x.UserId, x.Name, x.Role, NullIfEmpty(x.Email))).ToArray();

    private static string? NullIfEmpty(string? email) => string.IsNullOrWhiteSpace(email) ? null : email;
}
