using AccountGov.Notifications.Api.Outbox;

namespace AccountGov.Notifications.Api.Sending;

/// <summary>
/// Hands one email to the mail service. Throws <see cref="MailSendException"/> saying whether trying again could
/// help. Implementations never log or throw the body or the address.
/// </summary>
public interface IMailSender
{
    string Name { get; }

    Task SendAsync(OutgoingEmail email, CancellationToken ct);

    /// <summary>Readiness: can the mail service be reached now? Null when it can, else why not.</summary>
    Task<string?> ProbeAsync(CancellationToken ct);
}

public enum MailFailure
{
    /// <summary>The mail service could not be reached or refused for now: try again later, without limit.</summary>
    Unreachable,
    /// <summary>Refused for now for this email (4xx): try again, up to the attempt limit.</summary>
    Transient,
    /// <summary>Refused for good (5xx: no such mailbox, bad request): never try again.</summary>
    Permanent,
}

public sealed class MailSendException(MailFailure failure, string reason, Exception? inner = null) : Exception(reason, inner)
{
    public MailFailure Failure => failure;
}
