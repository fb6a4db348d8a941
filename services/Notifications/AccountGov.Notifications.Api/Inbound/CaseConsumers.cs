using AccountGov.Approvals.Contracts;
using AccountGov.Notifications.Api.Notices;
using AccountGov.Notifications.Api.People;

namespace AccountGov.Notifications.Api.Inbound;

// Approvals' messages: stage clocks and decisions. Each names a request, whose people Notifications already knows.

public abstract class CaseConsumer<TMessage>(ConsumerServices services, ILogger logger) : NoticeConsumer<TMessage>(services, logger)
    where TMessage : class
{
    protected abstract Guid RequestId(TMessage message);

    protected abstract Decision Decide(TMessage message, RequestContacts request);

    protected sealed override async Task<(Decision, RequestContacts?)> Decide(TMessage message, CancellationToken ct)
    {
        var request = await Request(RequestId(message), ct);
        return (Decide(message, request), request);
    }
}

public sealed class StageStartedConsumer(ConsumerServices services, ILogger<StageStartedConsumer> logger) : CaseConsumer<StageStarted>(services, logger)
{
    protected override Guid RequestId(StageStarted m) => m.RequestId;
    protected override Decision Decide(StageStarted m, RequestContacts r) => CaseNotices.Started(m.RequestId, m.Stage, m.DueBy, m.AfterRevision, r, Links);
}

public sealed class StageCompletedConsumer(ConsumerServices services, ILogger<StageCompletedConsumer> logger) : CaseConsumer<StageCompleted>(services, logger)
{
    protected override Guid RequestId(StageCompleted m) => m.RequestId;

    // The next stage's clock, if this completion started one, is announced here: Approvals records both in one event.
    protected override Decision Decide(StageCompleted m, RequestContacts r) => m is { NextStage: { } next, NextDueBy: { } due }
        ? CaseNotices.Started(m.RequestId, next, due, false, r, Links)
        : Decision.Nothing.AndClose(Topics.Case(m.RequestId));
}

public sealed class StageReminderDueConsumer(ConsumerServices services, ILogger<StageReminderDueConsumer> logger) : CaseConsumer<StageReminderDue>(services, logger)
{
    protected override Guid RequestId(StageReminderDue m) => m.RequestId;
    protected override Decision Decide(StageReminderDue m, RequestContacts r) => CaseNotices.Reminder(m, r, Links);
}

public sealed class CaseEscalatedConsumer(ConsumerServices services, ILogger<CaseEscalatedConsumer> logger) : CaseConsumer<CaseEscalated>(services, logger)
{
    protected override Guid RequestId(CaseEscalated m) => m.RequestId;
    protected override Decision Decide(CaseEscalated m, RequestContacts r) => CaseNotices.Escalated(m, r, Links);
}

public sealed class AccountRequestApprovedConsumer(ConsumerServices services, ILogger<AccountRequestApprovedConsumer> logger) : CaseConsumer<AccountRequestApproved>(services, logger)
{
    protected override Guid RequestId(AccountRequestApproved m) => m.RequestId;
    protected override Decision Decide(AccountRequestApproved m, RequestContacts r) => CaseNotices.Approved(m, r, Links);
}

public sealed class AccountRequestRejectedConsumer(ConsumerServices services, ILogger<AccountRequestRejectedConsumer> logger) : CaseConsumer<AccountRequestRejected>(services, logger)
{
    protected override Guid RequestId(AccountRequestRejected m) => m.RequestId;
    protected override Decision Decide(AccountRequestRejected m, RequestContacts r) => CaseNotices.Rejected(m, r, Links);
}

public sealed class ChangesRequestedConsumer(ConsumerServices services, ILogger<ChangesRequestedConsumer> logger) : CaseConsumer<ChangesRequested>(services, logger)
{
    protected override Guid RequestId(ChangesRequested m) => m.RequestId;
    protected override Decision Decide(ChangesRequested m, RequestContacts r) => CaseNotices.ChangesRequested(m, r, Links);
}

/// <summary>Remembers the new sponsor (their work email comes with the message), then asks them to endorse.</summary>
public sealed class SponsorReplacedConsumer(ConsumerServices services, ILogger<SponsorReplacedConsumer> logger) : NoticeConsumer<SponsorReplaced>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(SponsorReplaced m, CancellationToken ct)
    {
        var known = await Request(m.RequestId, ct);
        var contacts = await RequestContactsStore.Remember(Session,
            known with { Sponsor = new Contact(m.Sponsor.UserId, m.Sponsor.Name, m.SponsorEmail), UpdatedAt = m.ReplacedAt }, ct);
        return (CaseNotices.SponsorReplaced(m, contacts, Links), contacts);
    }
}

public sealed class DpiaChangesRequestedConsumer(ConsumerServices services, ILogger<DpiaChangesRequestedConsumer> logger) : CaseConsumer<DpiaChangesRequested>(services, logger)
{
    protected override Guid RequestId(DpiaChangesRequested m) => m.RequestId;
    protected override Decision Decide(DpiaChangesRequested m, RequestContacts r) => CaseNotices.DpiaChangesRequested(m, r, Links);
}
