using AccountGov.Custody.Contracts;
using AccountGov.Notifications.Api.Notices;
using AccountGov.Notifications.Api.People;

namespace AccountGov.Notifications.Api.Inbound;

// Custody's register messages: a registered account, its credential stored, custody gaps, break-glass.

public sealed class AccountRegisteredConsumer(ConsumerServices services, ILogger<AccountRegisteredConsumer> logger)
    : NoticeConsumer<AccountRegistered>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(AccountRegistered m, CancellationToken ct)
    {
        var request = await Request(m.RequestId, ct);
        var account = new AccountContacts(m.AccountId, m.RequestId, m.Team, m.Platform, m.Handle, m.RegisteredAt);
        Session.Store(account);
        return (CustodyNotices.Registered(m, account, Links), request);
    }
}

public sealed class CredentialRotatedConsumer(ConsumerServices services, ILogger<CredentialRotatedConsumer> logger)
    : NoticeConsumer<CredentialRotated>(services, logger)
{
    protected override Task<(Decision, RequestContacts?)> Decide(CredentialRotated m, CancellationToken ct) =>
        Task.FromResult<(Decision, RequestContacts?)>((Decision.Nothing.AndClose(m.PasswordChanged
            ? [Topics.Credential(m.AccountId), Topics.Credential(m.AccountId) + ":overdue", Topics.Rotation(m.AccountId)]
            : [Topics.Credential(m.AccountId), Topics.Credential(m.AccountId) + ":overdue"]), null));
}

public sealed class CustodyGapDetectedConsumer(ConsumerServices services, ILogger<CustodyGapDetectedConsumer> logger)
    : NoticeConsumer<CustodyGapDetected>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(CustodyGapDetected m, CancellationToken ct)
    {
        var (account, request) = await Account(m.AccountId, ct);
        return (CustodyNotices.GapDetected(m, account, m.SponsorUserId ?? request.Sponsor.UserId, Links), request);
    }
}

public sealed class CustodyGapAnticipatedConsumer(ConsumerServices services, ILogger<CustodyGapAnticipatedConsumer> logger)
    : NoticeConsumer<CustodyGapAnticipated>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(CustodyGapAnticipated m, CancellationToken ct)
    {
        var (account, request) = await Account(m.AccountId, ct);
        return (CustodyNotices.GapAnticipated(m, account, m.SponsorUserId ?? request.Sponsor.UserId, Links), request);
    }
}

public sealed class CustodyGapClosedConsumer(ConsumerServices services, ILogger<CustodyGapClosedConsumer> logger)
    : NoticeConsumer<CustodyGapClosed>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(CustodyGapClosed m, CancellationToken ct)
    {
        var (account, request) = await Account(m.AccountId, ct);
        return (CustodyNotices.GapClosed(m, account, request.Sponsor.UserId, Links), request);
    }
}

public sealed class BreakGlassRequestedConsumer(ConsumerServices services, IDirectory directory, ILogger<BreakGlassRequestedConsumer> logger)
    : NoticeConsumer<BreakGlassRequested>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(BreakGlassRequested m, CancellationToken ct)
    {
        var (account, request) = await Account(m.AccountId, ct);
        var officers = await directory.TeamMembers(To.BusinessDevelopment, ct);
        return (CustodyNotices.BreakGlassRequested(m, account, officers, Links), request);
    }
}

public sealed class BreakGlassApprovedConsumer(ConsumerServices services, ILogger<BreakGlassApprovedConsumer> logger)
    : NoticeConsumer<BreakGlassApproved>(services, logger)
{
    protected override Task<(Decision, RequestContacts?)> Decide(BreakGlassApproved m, CancellationToken ct) =>
        Task.FromResult<(Decision, RequestContacts?)>((Decision.Nothing.AndClose(Topics.BreakGlass(m.BreakGlassId)), null));
}
