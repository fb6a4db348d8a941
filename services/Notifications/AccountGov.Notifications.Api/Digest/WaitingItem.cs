namespace AccountGov.Notifications.Api.Digest;

/// <summary>
/// Something that still waits for a recipient: opened by the fact that asked them, deleted by the fact that
/// closes its topic (a decision, a completed handover, a closed gap). The daily digest lists what is left.
/// </summary>
public sealed record WaitingItem(
    string Id, string RecipientKey, string RecipientName, string Address, string Topic, string Line, DateTimeOffset OpenedAt)
{
    public static string IdFor(string recipientKey, string topic) => $"{recipientKey}|{topic}";
}
