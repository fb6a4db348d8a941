using AccountGov.Notifications.Api.Outbox;

namespace AccountGov.Notifications.Api.Sending;

public enum AttemptOutcome { Sent, Retry, Failed }

/// <summary>
/// What a failed attempt means for one email. Pure. An unreachable mail service is waited out without limit
/// (nothing is lost in an outage); a refusal for this email is retried with backoff up to the attempt limit;
/// a permanent refusal fails at once. Each email carries its own schedule, so one bad address blocks nobody.
/// </summary>
public static class RetryPolicy
{
    public static AttemptOutcome AfterFailure(OutgoingEmail email, MailFailure failure, string reason, DateTimeOffset now, NotificationsOptions options)
    {
        email.Attempts++;
        email.LastError = reason;
        if (failure == MailFailure.Permanent || (failure == MailFailure.Transient && email.Attempts >= options.MaxAttempts))
        {
            email.Status = EmailStatus.Failed;
            return AttemptOutcome.Failed;
        }
        email.NotBefore = now + Backoff(email.Attempts, options.FirstRetryAfter, options.MaxRetryAfter);
        return AttemptOutcome.Retry;
    }

    public static void AfterSuccess(OutgoingEmail email, DateTimeOffset now)
    {
        email.Attempts++;
        email.Status = EmailStatus.Sent;
        email.SentAt = now;
        email.LastError = null;
    }

    /// <summary>first, 2×first, 4×first, … capped at max.</summary>
    public static TimeSpan Backoff(int attempts, TimeSpan first, TimeSpan max)
    {
        var factor = Math.Pow(2, Math.Min(Math.Max(attempts - 1, 0), 30));
        var ticks = Math.Min(first.Ticks * factor, max.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
