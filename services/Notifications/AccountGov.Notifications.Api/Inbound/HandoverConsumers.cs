using AccountGov.Custody.Contracts;
using AccountGov.Notifications.Api.Notices;
using AccountGov.Notifications.Api.People;

namespace AccountGov.Notifications.Api.Inbound;

// Custody's handover messages. Notifications remembers who gives and who receives each open handover, so that
// later messages (assigned, replaced, escalated) can tell both.

public sealed class HandoverStartedConsumer(ConsumerServices services, ILogger<HandoverStartedConsumer> logger)
    : NoticeConsumer<HandoverStarted>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(HandoverStarted m, CancellationToken ct)
    {
        var (account, request) = await Account(m.AccountId, ct);
        Session.Store(new HandoverParties(m.HandoverId, m.AccountId, Required(m.FromUserId, "giver"), m.ToUserId, m.DueBy, m.StartedAt));
        return (CustodyNotices.Started(m, account, Links), request);
    }
}

public sealed class HandoverAssignedConsumer(ConsumerServices services, ILogger<HandoverAssignedConsumer> logger)
    : NoticeConsumer<HandoverAssigned>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(HandoverAssigned m, CancellationToken ct)
    {
        var (account, request) = await Account(m.AccountId, ct);
        var parties = await Session.LoadAsync<HandoverParties>(m.HandoverId, ct);
        if (parties is not null) Session.Store(parties with { ToUserId = m.ToUserId, DueBy = m.DueBy, UpdatedAt = m.AssignedAt });
        return (CustodyNotices.Assigned(m, account, parties, Links), request);
    }
}

public sealed class HandoverReceiverReplacedConsumer(ConsumerServices services, ILogger<HandoverReceiverReplacedConsumer> logger)
    : NoticeConsumer<HandoverReceiverReplaced>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(HandoverReceiverReplaced m, CancellationToken ct)
    {
        var (account, request) = await Account(m.AccountId, ct);
        var parties = await Session.LoadAsync<HandoverParties>(m.HandoverId, ct);
        if (parties is not null) Session.Store(parties with { ToUserId = m.ToUserId, UpdatedAt = m.ReplacedAt });
        return (CustodyNotices.ReceiverReplaced(m, account, parties, parties?.DueBy, Links), request);
    }
}

public sealed class HandoverReminderDueConsumer(ConsumerServices services, ILogger<HandoverReminderDueConsumer> logger)
    : NoticeConsumer<HandoverReminderDue>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(HandoverReminderDue m, CancellationToken ct)
    {
        var (account, request) = await Account(m.AccountId, ct);
        return (CustodyNotices.Reminder(m, account, Links), request);
    }
}

public sealed class HandoverEscalatedConsumer(ConsumerServices services, ILogger<HandoverEscalatedConsumer> logger)
    : NoticeConsumer<HandoverEscalated>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(HandoverEscalated m, CancellationToken ct)
    {
        var (account, request) = await Account(m.AccountId, ct);
        var parties = await Session.LoadAsync<HandoverParties>(m.HandoverId, ct);
        return (CustodyNotices.Escalated(m, account, parties, Links), request);
    }
}

public sealed class HandoverCompletedConsumer(ConsumerServices services, ILogger<HandoverCompletedConsumer> logger)
    : NoticeConsumer<HandoverCompleted>(services, logger)
{
    protected override Task<(Decision, RequestContacts?)> Decide(HandoverCompleted m, CancellationToken ct) =>
        Task.FromResult<(Decision, RequestContacts?)>((CustodyNotices.Closed(m.HandoverId), null));
}

public sealed class HandoverRevertedConsumer(ConsumerServices services, ILogger<HandoverRevertedConsumer> logger)
    : NoticeConsumer<HandoverReverted>(services, logger)
{
    protected override Task<(Decision, RequestContacts?)> Decide(HandoverReverted m, CancellationToken ct) =>
        Task.FromResult<(Decision, RequestContacts?)>((CustodyNotices.Closed(m.HandoverId), null));
}
