namespace AccountGov.Notifications.Api;

/// <summary>Bound from "Notifications". Defaults suit `make up` with smtp4dev on :2525.</summary>
public sealed class NotificationsOptions
{
    /// <summary>Links in emails point here: /cases/{requestId}, /handovers/{id}, /accounts/{id}.</summary>
    public string PortalBaseUrl { get; set; } = "http://127.0.0.1:5100";

    /// <summary>"Smtp" (MailKit, the default) or "Notify" (GOV.UK Notify).</summary>
    public string Sender { get; set; } = "Smtp";
    public string From { get; set; } = "AccountGov <accountgov@example.nhs.uk>";
    public string MessageIdDomain { get; set; } = "accountgov.example.nhs.uk";
    public SmtpOptions Smtp { get; set; } = new();
    public NotifyOptions Notify { get; set; } = new();

    public string TimeZone { get; set; } = "Europe/London";
    /// <summary>When true (the default), only urgent emails go out outside working hours; the rest wait for them.</summary>
    public bool QuietHours { get; set; } = true;
    public WorkingHoursOptions WorkingHours { get; set; } = new();
    public TimeOnly DigestAt { get; set; } = new(8, 0);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public int BatchSize { get; set; } = 20;
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Attempts after which a recipient-specific failure is final. An unreachable server is retried without limit.</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>How often the digest and the retention purge look for work.</summary>
    public TimeSpan HousekeepingInterval { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan EmailRetention { get; set; } = TimeSpan.FromDays(90);
    /// <summary>How long a message about a request or account not heard of waits for it before it is dropped (logged).</summary>
    public TimeSpan DeferredFor { get; set; } = TimeSpan.FromDays(7);
    public TimeSpan ContactRetention { get; set; } = TimeSpan.FromDays(400);
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 2525;
    public bool UseTls { get; set; }
    public string Username { get; set; } = "";
    public string Password { get; set; } = "";
    /// <summary>
    /// How long a connection waits open for the next email. Well under the five minutes RFC 5321 lets a server
    /// wait, so the server does not close it first in the usual case. Zero: one connection per email.
    /// </summary>
    public TimeSpan KeepOpenFor { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>Emails per connection before a new one; some servers refuse more than a few dozen per session.</summary>
    public int MessagesPerConnection { get; set; } = 50;
}

/// <summary>GOV.UK Notify: one email template whose subject is ((subject)) and whose body is ((body)).</summary>
public sealed class NotifyOptions
{
    public string ApiKey { get; set; } = "";
    public string TemplateId { get; set; } = "";
}

public sealed class WorkingHoursOptions
{
    public TimeOnly Start { get; set; } = new(8, 0);
    public TimeOnly End { get; set; } = new(18, 0);
}
