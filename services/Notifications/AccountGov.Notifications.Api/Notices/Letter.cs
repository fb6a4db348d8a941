namespace AccountGov.Notifications.Api.Notices;

/// <summary>The plain-text frame of every email: a greeting, the message, and why it came.</summary>
public static class Letter
{
    public static string Wrap(string name, string body) =>
        $"Hello {name},\n\n{body}\n\n" +
        "AccountGov sent this email because you, or your team, have the next step. " +
        "It never contains a password or any other secret: do not reply with one.\n";
}
