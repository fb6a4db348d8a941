namespace AccountGov.Custody.Api.Accounts;

public sealed record AccountSuspended(Guid AccountId, string SuspendedBy, string Reason, DateTimeOffset SuspendedAt);

public sealed record AccountReactivated(Guid AccountId, string ReactivatedBy, string Reason, DateTimeOffset ReactivatedAt);

public enum DecommissioningItem { ContentArchived, ClosedOnPlatform, HandedBack, DisclaimerLinksRemoved }

public sealed record DecommissioningStarted(Guid AccountId, string StartedBy, string Reason, DateTimeOffset StartedAt);

public sealed record DecommissioningItemCompleted(Guid AccountId, DecommissioningItem Item, string CompletedBy, string Note, DateTimeOffset CompletedAt);

/// <summary>The checklist is complete. Always followed, in the same commit, by <see cref="CredentialKeyDestroyed"/>.</summary>
public sealed record AccountDecommissioned(Guid AccountId, string DecommissionedBy, DateTimeOffset DecommissionedAt);

/// <summary>The decommissioning checklist: content archived, closed on the platform or handed back, disclaimer links removed.</summary>
public sealed record DecommissioningChecklist(DateTimeOffset StartedAt, IReadOnlyList<DecommissioningItem> Done, DateTimeOffset? CompletedAt)
{
    public bool PlatformSettled => Done.Contains(DecommissioningItem.ClosedOnPlatform) || Done.Contains(DecommissioningItem.HandedBack);

    public bool IsComplete => Done.Contains(DecommissioningItem.ContentArchived) && PlatformSettled && Done.Contains(DecommissioningItem.DisclaimerLinksRemoved);
}
