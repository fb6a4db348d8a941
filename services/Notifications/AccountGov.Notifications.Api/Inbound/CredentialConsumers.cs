using AccountGov.Custody.Contracts;
using AccountGov.Notifications.Api.Notices;
using AccountGov.Notifications.Api.People;

namespace AccountGov.Notifications.Api.Inbound;

// Custody's credential obligations: a first deposit due or overdue, a password that must change.

public sealed class CredentialDepositDueConsumer(ConsumerServices services, ILogger<CredentialDepositDueConsumer> logger)
    : NoticeConsumer<CredentialDepositDue>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(CredentialDepositDue m, CancellationToken ct)
    {
        var (account, request) = await Account(m.AccountId, ct);
        return (CredentialNotices.DepositDue(m, account, Links), request);
    }
}

public sealed class CredentialDepositEscalatedConsumer(ConsumerServices services, ILogger<CredentialDepositEscalatedConsumer> logger)
    : NoticeConsumer<CredentialDepositEscalated>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(CredentialDepositEscalated m, CancellationToken ct)
    {
        var (account, request) = await Account(m.AccountId, ct);
        return (CredentialNotices.DepositOverdue(m, account, Links), request);
    }
}

public sealed class CredentialRotationRequiredConsumer(ConsumerServices services, ILogger<CredentialRotationRequiredConsumer> logger)
    : NoticeConsumer<CredentialRotationRequired>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(CredentialRotationRequired m, CancellationToken ct)
    {
        var (account, request) = await Account(m.AccountId, ct);
        return (CredentialNotices.RotationRequired(m, account, Links), request);
    }
}
