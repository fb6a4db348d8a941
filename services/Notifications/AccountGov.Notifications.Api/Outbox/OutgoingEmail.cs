using System.Security.Cryptography;
using System.Text;

namespace AccountGov.Notifications.Api.Outbox;

public enum EmailStatus { Pending, Sent, Failed }

/// <summary>
/// One email to one recipient about one fact, written in the same transaction as the consumer's record of the
/// message: its id is (fact, recipient), inserted, never upserted, so a redelivered fact cannot add a second.
/// The sender worker sends pending ones whose <see cref="NotBefore"/> has come and marks them sent or failed.
/// </summary>
public sealed class OutgoingEmail
{
    public string Id { get; set; } = "";
    /// <summary>The fact's MessageId, or "digest:yyyy-MM-dd" for a digest.</summary>
    public string Fact { get; set; } = "";
    public string FactType { get; set; } = "";
    public string RecipientKey { get; set; } = "";
    public string RecipientName { get; set; } = "";
    public string Address { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public bool Urgent { get; set; }
    public EmailStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Not sent before this: working hours for ordinary emails, the next retry after a failure.</summary>
    public DateTimeOffset NotBefore { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>The W3C trace context of the fact's delivery, so the send joins the trace of the request that caused it.</summary>
    public string? TraceParent { get; set; }

    public static string IdFor(string fact, string recipientKey) => $"{fact}|{recipientKey}";

    /// <summary>The same Message-ID on every attempt, so a receiving system can tell a resend from a new email.</summary>
    public static string MessageIdFor(string emailId, string domain) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(emailId)))[..32]}@{domain}";
}
