using AccountGov.Custody.Api.Accounts;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Custody.Api.Handovers.Completing;

/// <summary>
/// The receiving custodian confirms custody has moved. api.md names credentialRotated and linkedEmailTransferred;
/// the rest of the permanent checklist (recovery/2FA re-homed, platform admin role moved, login verified) is
/// optional here and recorded when given.
/// </summary>
public sealed record CompleteHandover(
    bool CredentialRotated, bool LinkedEmailTransferred, string? Notes = null,
    bool? RecoveryRehomed = null, bool? AdminRoleMoved = null, bool? LoginVerified = null)
{
    public const int MaxNotesLength = 2000;

    /// <summary>
    /// Pure. <paramref name="receiverIsActive"/>: the caller is still an Active custodian of the account.
    /// <paramref name="currentCredential"/>: the account's current credential version and when it was stored.
    /// </summary>
    public static IReadOnlyList<object> Decide(
        Handover handover, CompleteHandover command, string caller, bool receiverIsActive,
        CredentialState? currentCredential, DateTimeOffset now)
    {
        if (handover.ToUserId != caller) throw new AccessDenied("Only the receiving custodian may complete this handover.");
        if (handover.Status is HandoverStatus.Completed or HandoverStatus.Reverted)
            throw new RuleViolation($"The handover is already {handover.Status}.");
        if (!receiverIsActive) throw new RuleViolation("Only an Active custodian can take custody; you are not Active on this account.");

        if (handover.Kind == HandoverKind.Permanent)
        {
            // IG31 §8.1: the leaver knew the password, so it must change before custody is theirs no more.
            if (!command.CredentialRotated)
                throw new RuleViolation("A permanent handover completes only once the credential is rotated: store a new credential, then confirm credentialRotated.");
            if (currentCredential is not { } current || current.VersionId == handover.CredentialVersionAtOpen || current.StoredAt <= handover.OpenedAt)
                throw new RuleViolation("No new credential version has been stored since this handover opened; rotate the password and store it first.");
            if (handover.PasswordFingerprintAtOpen is { } known && current.PasswordFingerprint == known)
                throw new RuleViolation("The credential stored since this handover opened has the same password; rotation means a new password.");
            // IG31 §8.1: ownership of "the related email accounts" moves too.
            if (!command.LinkedEmailTransferred)
                throw new RuleViolation("A permanent handover needs the linked email account transferred first.");
        }

        var checklist = new HandoverChecklist(command.CredentialRotated, command.LinkedEmailTransferred,
            command.RecoveryRehomed, command.AdminRoleMoved, command.LoginVerified);
        return [new HandoverCompleted(handover.Id, handover.AccountId, caller, checklist, now)];
    }

    /// <summary>
    /// What completing does to the account. A permanent handover from the primary makes the receiving deputy primary.
    /// A leaver's completed handover ends their custody of the account ahead of their last day (status Leaving, so
    /// no reveal): the password was rotated so that they no longer know it.
    /// </summary>
    public static IReadOnlyList<object> AccountChanges(Handover handover, Account account, string receiver, DateTimeOffset now)
    {
        if (handover.Kind != HandoverKind.Permanent) return [];
        var changes = new List<object>();
        if (account.CustodianOf(handover.FromUserId)?.Role == CustodianRole.Primary && account.CustodianOf(receiver)?.Role == CustodianRole.Deputy)
            changes.AddRange([new CustodianRoleChanged(account.Id, receiver, CustodianRole.Primary, receiver, now),
                new CustodianRoleChanged(account.Id, handover.FromUserId, CustodianRole.Deputy, receiver, now)]);
        if (handover.Reason is HandoverReason.Departure or HandoverReason.TeamMove && account.IsActiveCustodian(handover.FromUserId))
            changes.Add(new CustodianStatusChanged(account.Id, handover.FromUserId, CustodianStatus.Leaving, receiver,
                "custody handed over", now));
        return changes;
    }
}
