using AccountGov.Custody.Api.Handovers.Assigning;
using AccountGov.Custody.Api.Reports.CustodyGaps;
using AccountGov.EventSourcing.Forwarding;
using JasperFx.Events;
using JasperFx.Events.Subscriptions;
using MassTransit;
using Contracts = AccountGov.Custody.Contracts;

namespace AccountGov.Custody.Api.Handovers;

/// <summary>
/// Handover and custody-gap events → public contracts, beside the register's CustodyForwarder (custodian status
/// changes go out through that one). No contract says why someone is away: only that custody moved.
/// </summary>
public sealed class HandoverForwarder(IBus bus, ILogger<HandoverForwarder> logger) : EventForwarder(bus, logger)
{
    public static void Subscribe(ISubscriptionOptions o)
    {
        o.IncludeType<HandoverOpened>();
        o.IncludeType<HandoverEscalated>();
        o.IncludeType<HandoverReminded>();
        o.IncludeType<HandoverCompleted>();
        o.IncludeType<HandoverReverted>();
        o.IncludeType<HandoverAssigned>();
        o.IncludeType<HandoverReceiverReplaced>();
        o.IncludeType<CustodyGapOpened>();
        o.IncludeType<CustodyGapClosed>();
        o.IncludeType<CustodyGapForeseen>();
    }

    protected override object? ToMessage(IEvent @event) => @event.Data switch
    {
        HandoverOpened e => new Contracts.HandoverStarted(e.HandoverId, e.AccountId, e.FromUserId, e.ToUserId,
            e.Kind.ToContract(), e.Reason.ToContract(),
            e.DueBy, e.OpenedAt),
        HandoverEscalated e => new Contracts.HandoverEscalated(e.HandoverId, e.AccountId, e.Reason.ToString(), e.SponsorUserId, e.At),
        HandoverReminded e => new Contracts.HandoverReminderDue(e.HandoverId, e.AccountId, e.ToUserId, e.DueBy, e.At),
        HandoverCompleted e => new Contracts.HandoverCompleted(e.HandoverId, e.AccountId, e.CompletedBy, e.Checklist.CredentialRotated, e.CompletedAt),
        HandoverReverted e => new Contracts.HandoverReverted(e.HandoverId, e.AccountId, e.Reason.ToString(), e.At),
        HandoverAssigned e => new Contracts.HandoverAssigned(e.HandoverId, e.AccountId, e.ToUserId, e.DueBy, e.AssignedBy, e.At),
        HandoverReceiverReplaced e => new Contracts.HandoverReceiverReplaced(e.HandoverId, e.AccountId, e.PreviousUserId, e.ToUserId, e.At),
        CustodyGapOpened e => new Contracts.CustodyGapDetected(e.AccountId, e.Reason, e.SponsorUserId, e.At),
        CustodyGapClosed e => new Contracts.CustodyGapClosed(e.AccountId, e.At),
        CustodyGapForeseen e => new Contracts.CustodyGapForeseen(e.AccountId, e.OpensOn, e.SponsorUserId, e.At),
        _ => null,
    };
}
