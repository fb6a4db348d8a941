using AccountGov.EventSourcing.Ids;

namespace AccountGov.Custody.Api;

/// <summary>
/// Every Custody stream id that is derived from a natural key, in one place. Derived, not random, so that a
/// redelivered approval, a repeated HR event or a retried reconciliation addresses the same stream and a second
/// start is refused rather than duplicated. The two layouts are those the stored streams were written under.
/// </summary>
public static class StreamIds
{
    private const string Custody = "accountgov:custody:";

    /// <summary>The account registered for an approved request: one approval, one account, however often it arrives.</summary>
    public static Guid ForAccount(Guid requestId) => NameBasedGuid.Create($"{Custody}account:", requestId.ToString("N"));

    /// <summary>
    /// An account BD imported: it has no request, so its platform + handle as the register compares them
    /// (<see cref="ServiceDefaults.Validation.HandleKey"/>) name it; the same row imported twice addresses one stream.
    /// </summary>
    public static Guid ForImportedAccount(string platform, string handle) =>
        From($"imported-account:{ServiceDefaults.Validation.HandleKey.Of(platform, handle)}");

    public static Guid ForStaff(string staffId) => From($"staff:{staffId}");

    public static Guid ForHandover(Guid accountId, string fromUserId, string causeEventId) =>
        From($"handover:{accountId:N}:{fromUserId}:{causeEventId}");

    public static Guid ForCustodyGap(Guid accountId) => From($"custody-gap:{accountId:N}");

    /// <summary>What an account's credential still owes: its first deposit (reminders), and rotations after exposure.</summary>
    public static Guid ForCredentialObligations(Guid accountId) => From($"credential-obligations:{accountId:N}");

    public static Guid ForAnticipatedGap(Guid accountId) => From($"anticipated-gap:{accountId:N}");

    /// <summary>One break-glass grant, under its account: a grant id sent with another account's id addresses nothing.</summary>
    public static Guid ForBreakGlass(Guid accountId, Guid breakGlassId) => From($"break-glass:{accountId:N}:{breakGlassId:N}");

    /// <summary>
    /// One review of an account: its series ("account", "membership", "condition-1") and its place in it, so a
    /// redelivered approval or a repeated confirmation schedules the same review, never a second.
    /// </summary>
    public static Guid ForReview(Guid accountId, string schedule, int sequence) => From($"review:{accountId:N}:{schedule}:{sequence}");

    private static Guid From(string key) => NameBasedGuid.Create(Custody, key, NameBasedLayout.Version5DotNetOrder);
}
