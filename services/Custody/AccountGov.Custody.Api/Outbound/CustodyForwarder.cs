using AccountGov.Custody.Api.Accounts.Reading;
using AccountGov.Custody.Api.BreakGlass;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Handovers.Assigning;
using AccountGov.Custody.Api.Reports.CustodyGaps;
using AccountGov.Custody.Api.Reviews;
using AccountGov.EventSourcing.Forwarding;
using JasperFx.Events;
using JasperFx.Events.Subscriptions;
using MassTransit;
using Contracts = AccountGov.Custody.Contracts;
using Domain = AccountGov.Custody.Api.Accounts;
using Obligations = AccountGov.Custody.Api.Credentials.Obligations;

namespace AccountGov.Custody.Api.Outbound;

/// <summary>
/// Every fact Custody publishes, domain event → public contract, in one place. Only events listed in
/// <see cref="Subscribe"/> reach the forwarder. No credential event carries a secret, and none of their contracts
/// does either; no handover contract says why someone is away, only that custody moved.
/// </summary>
public sealed class CustodyForwarder(IBus bus, ILogger<CustodyForwarder> logger) : EventForwarder(bus, logger)
{
    public static void Subscribe(ISubscriptionOptions o)
    {
        o.IncludeType<Domain.AccountRegistered>();
        o.IncludeType<Domain.CustodianAdded>();
        o.IncludeType<Domain.CustodianRemoved>();
        o.IncludeType<Domain.CustodianRoleChanged>();
        o.IncludeType<Domain.CustodianStatusChanged>();
        o.IncludeType<Domain.CredentialStored>();
        o.IncludeType<Domain.AccountSuspended>();
        o.IncludeType<Domain.AccountReactivated>();
        o.IncludeType<Domain.AccountDecommissioned>();
        o.IncludeType<BreakGlassOpened>();
        o.IncludeType<BreakGlassApproved>();
        o.IncludeType<HandoverOpened>();
        o.IncludeType<HandoverEscalated>();
        o.IncludeType<HandoverReminded>();
        o.IncludeType<HandoverCompleted>();
        o.IncludeType<HandoverReverted>();
        o.IncludeType<HandoverAssigned>();
        o.IncludeType<HandoverReceiverReplaced>();
        o.IncludeType<CustodyGapOpened>();
        o.IncludeType<CustodyGapClosed>();
        o.IncludeType<CustodyGapAnticipated>();
        o.IncludeType<Obligations.CredentialDepositReminded>();
        o.IncludeType<Obligations.CredentialDepositEscalated>();
        o.IncludeType<Obligations.RotationRequired>();
        o.IncludeType<ReviewReminded>();
        o.IncludeType<ReviewEscalated>();
        o.IncludeType<Reviews.ReviewCompleted>();
    }

    protected override object? ToMessage(IEvent @event) => @event.Data switch
    {
        Domain.AccountRegistered e => new Contracts.AccountRegistered(e.AccountId, e.RequestId, e.Team, e.Platform, e.Handle,
            e.Custodians.Select(c => c.ToDetails()).ToArray(), e.RegisteredAt, e.Type.ToContract(), e.Partner),
        Domain.CustodianAdded e => new Contracts.CustodianAdded(e.AccountId, e.Custodian.UserId, e.Custodian.Name,
            e.Custodian.Role.ToContract(), e.AddedBy, e.AddedAt),
        Domain.CustodianRemoved e => new Contracts.CustodianRemoved(e.AccountId, e.UserId, e.RemovedBy, e.RemovedAt),
        Domain.CustodianRoleChanged e => new Contracts.CustodianRoleChanged(e.AccountId, e.UserId,
            e.Role.ToContract(), e.ChangedAt),
        Domain.CustodianStatusChanged e => new Contracts.CustodianStatusChanged(e.AccountId, e.UserId,
            e.Status.ToContract(), e.ChangedAt),
        Domain.CredentialStored e => new Contracts.CredentialRotated(e.AccountId, e.CredentialVersionId, e.Version, e.PasswordChanged,
            e.StoredBy, e.StoredAt),
        Domain.AccountSuspended e => new Contracts.AccountSuspended(e.AccountId, e.SuspendedBy, e.SuspendedAt),
        Domain.AccountReactivated e => new Contracts.AccountReactivated(e.AccountId, e.ReactivatedBy, e.ReactivatedAt),
        Domain.AccountDecommissioned e => new Contracts.AccountDecommissioned(e.AccountId, e.DecommissionedBy, e.DecommissionedAt),
        // The opener's reason stays in Custody: the other officers read it in the break-glass request itself.
        BreakGlassOpened e => new Contracts.BreakGlassRequested(e.AccountId, e.BreakGlassId, e.OpenedBy, e.ApproveBy, e.OpenedAt),
        BreakGlassApproved e => new Contracts.BreakGlassApproved(e.AccountId, e.BreakGlassId, e.OpenedBy, e.ApprovedBy, e.ExpiresAt),
        HandoverOpened e => new Contracts.HandoverStarted(e.HandoverId, e.AccountId, e.FromUserId, e.ToUserId,
            e.Kind.ToContract(), e.Reason.ToContract(), e.DueBy, e.OpenedAt),
        HandoverEscalated e => new Contracts.HandoverEscalated(e.HandoverId, e.AccountId, e.Reason.ToString(), e.SponsorUserId, e.At),
        HandoverReminded e => new Contracts.HandoverReminderDue(e.HandoverId, e.AccountId, e.ToUserId, e.DueBy, e.At),
        HandoverCompleted e => new Contracts.HandoverCompleted(e.HandoverId, e.AccountId, e.CompletedBy, e.Checklist.CredentialRotated, e.CompletedAt),
        HandoverReverted e => new Contracts.HandoverReverted(e.HandoverId, e.AccountId, e.Reason.ToString(), e.At),
        HandoverAssigned e => new Contracts.HandoverAssigned(e.HandoverId, e.AccountId, e.ToUserId, e.DueBy, e.AssignedBy, e.At),
        HandoverReceiverReplaced e => new Contracts.HandoverReceiverReplaced(e.HandoverId, e.AccountId, e.PreviousUserId, e.ToUserId, e.At),
        CustodyGapOpened e => new Contracts.CustodyGapDetected(e.AccountId, e.Reason, e.SponsorUserId, e.At),
        CustodyGapClosed e => new Contracts.CustodyGapClosed(e.AccountId, e.At),
        CustodyGapAnticipated e => new Contracts.CustodyGapAnticipated(e.AccountId, e.OpensOn, e.SponsorUserId, e.At),
        Obligations.CredentialDepositReminded e => new Contracts.CredentialDepositDue(e.AccountId, e.DueOn, e.CustodianUserIds, e.At),
        Obligations.CredentialDepositEscalated e => new Contracts.CredentialDepositEscalated(e.AccountId, e.DueOn, e.CustodianUserIds,
            e.SponsorUserId, e.At),
        Obligations.RotationRequired e => new Contracts.CredentialRotationRequired(e.AccountId, e.Cause.ToContract(), e.CustodianUserIds, e.At),
        // What the reviewer found and the tasks stay in Custody: people read them on the review itself.
        ReviewReminded e => new Contracts.ReviewDue(e.ReviewId, e.AccountId, e.Kind.ToContract(), e.DueOn, e.ToUserIds, e.At),
        ReviewEscalated e => new Contracts.ReviewEscalated(e.ReviewId, e.AccountId, e.Kind.ToContract(), e.DueOn, e.SponsorUserId, e.At),
        Reviews.ReviewCompleted e => new Contracts.ReviewCompleted(e.ReviewId, e.AccountId, e.Kind.ToContract(), e.Outcome.ToContract(),
            e.CompletedBy, e.At),
        _ => null,
    };
}
