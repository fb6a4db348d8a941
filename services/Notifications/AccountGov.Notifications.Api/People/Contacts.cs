namespace AccountGov.Notifications.Api.People;

/// <summary>A person named on a request: work identity and the work email they gave (null when none was carried).</summary>
public sealed record Contact(string UserId, string Name, string? Email);

/// <summary>
/// What Notifications keeps of a request to address its emails: the account's public identity and the people
/// named on it. Replaced by each revision; purged after "Notifications:ContactRetention" without news.
/// </summary>
public sealed record RequestContacts(
    Guid Id, int Revision, string Team, string Platform, string Handle, Contact Requester, Contact Sponsor,
    IReadOnlyList<Contact> Custodians, DateTimeOffset UpdatedAt)
{
    public Contact? Find(string userId) =>
        new[] { Requester, Sponsor }.Concat(Custodians).FirstOrDefault(c => c.UserId == userId);

    /// <summary>"the Instagram account @handle (Team)", as every email names it.</summary>
    public string AccountName => Names.Account(Platform, Handle, Team);
}

/// <summary>A registered account and the request it came from (whose sponsor hears of its custody gaps).</summary>
public sealed record AccountContacts(Guid Id, Guid RequestId, string Team, string Platform, string Handle, DateTimeOffset UpdatedAt)
{
    public string AccountName => Names.Account(Platform, Handle, Team);
}

/// <summary>Who gives and who receives an open handover, so later handover messages can tell both.</summary>
public sealed record HandoverParties(Guid Id, Guid AccountId, string FromUserId, string? ToUserId, DateOnly DueBy, DateTimeOffset UpdatedAt);

public static class Names
{
    public static string Account(string platform, string handle, string team) => $"the {platform} account {handle} ({team})";
}
