using AccountGov.Custody.Contracts;
using AccountGov.Notifications.Api.Notices;
using AccountGov.Notifications.Api.People;

namespace AccountGov.Notifications.Api.Inbound;

// Custody's review messages: due (to the custodians and the sponsor), overdue (to BD and the sponsor), recorded.

public sealed class ReviewDueConsumer(ConsumerServices services, ILogger<ReviewDueConsumer> logger)
    : NoticeConsumer<ReviewDue>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(ReviewDue m, CancellationToken ct)
    {
        var (account, request) = await Account(m.AccountId, ct);
        return (ReviewNotices.Due(m, account, Links), request);
    }
}

public sealed class ReviewEscalatedConsumer(ConsumerServices services, ILogger<ReviewEscalatedConsumer> logger)
    : NoticeConsumer<ReviewEscalated>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(ReviewEscalated m, CancellationToken ct)
    {
        var (account, request) = await Account(m.AccountId, ct);
        return (ReviewNotices.Overdue(m, account, m.SponsorUserId ?? request.Sponsor.UserId, Links), request);
    }
}

public sealed class ReviewCompletedConsumer(ConsumerServices services, ILogger<ReviewCompletedConsumer> logger)
    : NoticeConsumer<ReviewCompleted>(services, logger)
{
    protected override Task<(Decision, RequestContacts?)> Decide(ReviewCompleted m, CancellationToken ct) =>
        Task.FromResult<(Decision, RequestContacts?)>((ReviewNotices.Completed(m), null));
}
