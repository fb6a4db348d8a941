namespace AccountGov.Notifications.Api.Notices;

/// <summary>Someone to tell: a person by staff id, or a team by name. <see cref="Key"/> is stable and unique.</summary>
public sealed record To(string Key)
{
    public const string BusinessDevelopment = "BusinessDevelopment";
    public const string InformationGovernance = "InformationGovernance";

    public static To Person(string userId) => new($"user:{userId}");
    public static To Team(string team) => new($"team:{team}");

    public bool IsTeam => Key.StartsWith("team:", StringComparison.Ordinal);
    public string Id => Key[(Key.IndexOf(':') + 1)..];
}

/// <summary>Something that now waits for the recipient until a later fact closes its topic; the daily digest lists it.</summary>
public sealed record Waiting(string Topic, string Line);

/// <summary>
/// One email to one recipient about one fact. <see cref="Urgent"/> emails (escalations, custody gaps, break-glass)
/// go out at any hour; the rest wait for working hours.
/// </summary>
public sealed record Notice(To To, string Subject, string Body, bool Urgent = false, Waiting? Opens = null);

/// <summary>Something waiting for someone who was already told (no second email), for the digest.</summary>
public sealed record Awaiting(To To, Waiting Waiting);

/// <summary>
/// What a fact means for email: who is told what, which topics stop waiting (applied first), and what waits for
/// someone without a new email.
/// </summary>
public sealed record Decision(IReadOnlyList<Notice> Notices, IReadOnlyList<string> Closes, IReadOnlyList<Awaiting> Quiet)
{
    public static Decision Nothing { get; } = new([], [], []);

    public static Decision Tell(params Notice[] notices) => new(Distinct(notices), [], []);

    public Decision AndClose(params string[] topics) => this with { Closes = [.. Closes, .. topics] };

    public Decision AndAwait(To to, Waiting waiting) => this with { Quiet = [.. Quiet, new Awaiting(to, waiting)] };

    // One email per recipient per fact: the sponsor who is also a custodian hears once, the first way listed.
    private static Notice[] Distinct(IEnumerable<Notice> notices) => notices.DistinctBy(n => n.To.Key).ToArray();
}

/// <summary>Portal pages. Every email links to the page where the recipient acts.</summary>
public sealed record Links(string PortalBaseUrl)
{
    private string Base => PortalBaseUrl.TrimEnd('/');
    public string Case(Guid requestId) => $"{Base}/cases/{requestId}";
    public string Handover(Guid handoverId) => $"{Base}/handovers/{handoverId}";
    public string Account(Guid accountId) => $"{Base}/accounts/{accountId}";
    public string Review(Guid accountId, Guid reviewId) => $"{Base}/accounts/{accountId}/reviews/{reviewId}";
}

public static class Topics
{
    public static string Case(Guid requestId) => $"case:{requestId}";
    public static string Handover(Guid handoverId) => $"handover:{handoverId}";
    public static string Credential(Guid accountId) => $"credential:{accountId}";
    public static string Gap(Guid accountId) => $"gap:{accountId}";
    public static string Rotation(Guid accountId) => $"rotation:{accountId}";
    public static string BreakGlass(Guid breakGlassId) => $"break-glass:{breakGlassId}";
    public static string Review(Guid reviewId) => $"review:{reviewId}";
}
