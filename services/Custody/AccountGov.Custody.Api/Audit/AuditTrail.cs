using AccountGov.Custody.Api.Credentials.Acknowledging;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.BreakGlass;
using AccountGov.Custody.Api.BreakGlass.Reading;
using AuditEntry = AccountGov.Custody.Contracts.AuditEntry;
using JasperFx.Events;
using Marten;

namespace AccountGov.Custody.Api.Audit;

/// <summary>
/// Event → audit line. Events hold no secret, and this adds none: a credential appears only as its version number.
/// Events this switch does not know (added by later slices) still appear, by name, actor and time.
/// </summary>
public static class AuditTrail
{
    /// <summary>
    /// An account's history: its own stream and its break-glass grants' streams, merged in commit order (the store's
    /// global sequence). Empty when the account does not exist. A line's version is the event's version on its own
    /// stream, so a break-glass line is numbered on its grant's stream.
    /// </summary>
    public static async Task<IReadOnlyList<IEvent>> EventsOf(IQuerySession session, Guid accountId, CancellationToken ct)
    {
        var events = (await session.Events.FetchStreamAsync(accountId, token: ct)).ToList();
        if (events.Count == 0) return events;
        foreach (var grant in await session.GrantsOf(accountId, ct))
            events.AddRange(await session.Events.FetchStreamAsync(grant.Id, token: ct));
        return events.OrderBy(e => e.Sequence).ToList();
    }

    public static AuditEntry ToEntry(IEvent e) => e.Data switch
    {
        AccountRegistered x => Entry(e, x.ApprovedBy, null,
            $"Registered from request {x.RequestId} with custodians {string.Join(", ", x.Custodians.Select(c => $"{c.UserId} ({c.Role})"))}."),
        CustodianAdded x => Entry(e, x.AddedBy, x.Reason, $"{x.Custodian.UserId} added as {x.Custodian.Role}."),
        CustodianRemoved x => Entry(e, x.RemovedBy, x.Reason, $"{x.UserId} removed."),
        CustodianRoleChanged x => Entry(e, x.ChangedBy, null, $"{x.UserId} is now {x.Role}."),
        CustodianStatusChanged x => Entry(e, x.ChangedBy, x.Reason, $"{x.UserId} is now {x.Status}."),
        CredentialStored x => Entry(e, x.StoredBy, null,
            $"Credential version {x.Version} stored; the password {(x.PasswordChanged ? "changed" : "did not change")}."),
        CredentialRevealed x => Entry(e, x.RevealedBy, x.Reason, x.BreakGlassId is { } bg
            ? $"Credential version {x.Version} revealed through break-glass {bg}."
            : $"Credential version {x.Version} revealed."),
        CredentialIntegrityFailed x => Entry(e, x.DetectedBy, null, $"Credential version {x.CredentialVersionId} failed its integrity check; nothing was revealed."),
        CredentialKeyDestroyed x => Entry(e, x.DestroyedBy, null, "The data key was destroyed: every stored credential version is unreadable."),
        NeverPostRulesAcknowledged x => Entry(e, x.UserId, null, $"{x.UserId} acknowledged the rules on what must never be posted ({x.PolicyVersion})."),
        BreakGlassOpened x => Entry(e, x.OpenedBy, x.Reason, $"Break-glass {x.BreakGlassId} opened; approval needed by {x.ApproveBy:O}."),
        BreakGlassApproved x => Entry(e, x.ApprovedBy, null, $"Break-glass {x.BreakGlassId} approved until {x.ExpiresAt:O}."),
        BreakGlassUsed x => Entry(e, x.UsedBy, null, $"Break-glass {x.BreakGlassId} used; it cannot be used again."),
        AccountSuspended x => Entry(e, x.SuspendedBy, x.Reason, "Account suspended."),
        AccountReactivated x => Entry(e, x.ReactivatedBy, x.Reason, "Account reactivated."),
        DecommissioningStarted x => Entry(e, x.StartedBy, x.Reason, "Decommissioning started."),
        DecommissioningItemCompleted x => Entry(e, x.CompletedBy, x.Note, $"Checklist: {x.Item}."),
        AccountDecommissioned x => Entry(e, x.DecommissionedBy, null, "Account decommissioned."),
        _ => Entry(e, e.UserName ?? "", null, e.EventTypeName),
    };

    private static AuditEntry Entry(IEvent e, string by, string? reason, string detail) =>
        new(e.Version, e.Timestamp, e.Data.GetType().Name, by, string.IsNullOrEmpty(reason) ? null : reason, detail);
}
