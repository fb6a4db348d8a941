using AccountGov.EventSourcing.Forwarding;
using JasperFx.Events;
using JasperFx.Events.Subscriptions;
using MassTransit;
using Contracts = AccountGov.Approvals.Contracts;
using Domain = AccountGov.Approvals.Api.Cases;

namespace AccountGov.Approvals.Api.Outbound;

/// <summary>
/// Domain event → public contract. The three outcomes leave the service: AccountRequests moves the request's
/// status on all three, Custody registers the account on approval. A replaced sponsor leaves too (AccountRequests
/// updates the business case, Notifications asks the new sponsor), and IG's request to amend the DPIA (the requester
/// is told). Stage clocks (started, completed, reminded,
/// escalated) leave too, so Notifications can tell whoever owes the stage. Everything else stays private.
/// </summary>
public sealed class ApprovalsForwarder(IBus bus, ILogger<ApprovalsForwarder> logger) : EventForwarder(bus, logger)
{
    public static void Subscribe(ISubscriptionOptions o)
    {
        o.IncludeType<Domain.CaseApproved>();
        o.IncludeType<Domain.CaseRejected>();
        o.IncludeType<Domain.CaseChangesRequested>();
        o.IncludeType<Domain.CaseOpened>();
        o.IncludeType<Domain.CaseReopened>();
        o.IncludeType<Domain.FullDpiaAttached>();
        o.IncludeType<Domain.SponsorEndorsed>();
        o.IncludeType<Domain.DpiaReviewAccepted>();
        o.IncludeType<Domain.StageReminded>();
        o.IncludeType<Domain.StageEscalated>();
        o.IncludeType<Domain.CaseSponsorReplaced>();
        o.IncludeType<Domain.DpiaReviewChangesRequested>();
    }

    protected override object? ToMessage(IEvent @event) => @event.Data switch
    {
        Domain.CaseApproved e => new Contracts.AccountRequestApproved(e.RequestId, e.Team, e.Platform, e.Handle,
            new Contracts.ApprovedStaff(e.Sponsor.UserId, e.Sponsor.Name),
            e.Custodians.Select(c => new Contracts.ApprovedCustodian(c.UserId, c.Name, c.Role)).ToArray(),
            e.Conditions, e.ApprovedBy, e.ApprovedAt, e.Comment, e.ReviewIntervalMonths, e.MembershipReviewCadence,
            e.DatedConditions?.Select(d => new Contracts.ApprovedCondition(d.Text, d.DueOn)).ToArray(), e.AccountType, e.Partner),
        Domain.CaseRejected e => new Contracts.AccountRequestRejected(e.RequestId, e.Stage.ToString(), e.RejectedBy, e.Reason, e.RejectedAt),
        Domain.CaseChangesRequested e => new Contracts.ChangesRequested(e.RequestId, e.RequestedBy, e.Comment, e.RequestedAt),
        Domain.CaseOpened e => Started(e.RequestId, e.Started, false, e.OpenedAt),
        Domain.CaseReopened e => Started(e.RequestId, e.Started, true, e.ReopenedAt),
        Domain.FullDpiaAttached e => Started(e.RequestId, e.Started, false, e.AttachedAt),
        Domain.SponsorEndorsed e => new Contracts.StageCompleted(e.RequestId, Contracts.StageName.SponsorEndorsement, e.EndorsedBy,
            e.Started?.Stage, e.Started?.DueBy, e.EndorsedAt),
        Domain.DpiaReviewAccepted e => new Contracts.StageCompleted(e.RequestId, Contracts.StageName.DpiaReview, e.ReviewedBy,
            e.Started?.Stage, e.Started?.DueBy, e.ReviewedAt),
        Domain.StageReminded e => new Contracts.StageReminderDue(e.RequestId, e.Stage, e.DueBy, e.RemindedAt),
        Domain.StageEscalated e => new Contracts.CaseEscalated(e.RequestId, e.Stage, e.DueBy, e.EscalatedAt),
        Domain.CaseSponsorReplaced e => new Contracts.SponsorReplaced(e.RequestId, e.Previous.UserId,
            new Contracts.ApprovedStaff(e.Sponsor.UserId, e.Sponsor.Name), e.SponsorEmail, e.ReplacedBy, e.Started?.DueBy, e.ReplacedAt),
        Domain.DpiaReviewChangesRequested e => new Contracts.DpiaChangesRequested(e.RequestId, e.RequestedBy, e.Comment, e.RequestedAt),
        _ => null,
    };

    // A stage whose clock did not start (a DPIA review still waiting for its DPIA) owes nobody anything yet.
    private static Contracts.StageStarted? Started(Guid requestId, Domain.StageDue? started, bool afterRevision, DateTimeOffset at) =>
        started is null ? null : new Contracts.StageStarted(requestId, started.Stage, started.DueBy, afterRevision, at);
}
