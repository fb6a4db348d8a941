using AccountGov.Custody.Api.Accounts;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Custody.Api.Handovers.Requesting;

/// <summary>
/// IG31 §8.1: credentials "are required to be handed over to the Company on request". Business Development, or the
/// account's sponsor, asks a named custodian to hand the account over: a permanent handover with reason Request (the
/// receiver must rotate the password, as for a leaver), its receiver chosen as the planner chooses, escalated at once
/// when no one is eligible. Pure.
/// </summary>
public static class RequestHandover
{
    /// <summary>Business days the custodian has to hand over: long enough to arrange it, short enough to be "on request".</summary>
    public const int DueInBusinessDays = 5;

    /// <param name="accountVersion">The account version the requester read (If-Match) or, without it, the current one.</param>
    /// <param name="live">Every handover of this account away from this person that is not closed.</param>
    /// <param name="earlierRequests">How many handovers on request this person has had on this account (for a fresh stream id).</param>
    public static HandoverOpened Open(
        Account account, long accountVersion, string fromUserId, IReadOnlyList<Handover> live, int earlierRequests, CurrentUser user, DateOnly today,
        DateTimeOffset now, BusinessCalendar calendar)
    {
        if (!user.IsIn(Roles.BusinessDevelopment) && account.Sponsor.UserId != user.UserId)
            throw new AccessDenied("Only Business Development or the account's sponsor may request a handover.");
        if (account.Status != AccountStatus.Active) throw new RuleViolation($"The account is {account.Status}: only an Active account is handed over.");
        if (account.CustodianOf(fromUserId) is not { } custodian)
            throw new RuleViolation("That person is not a custodian of this account: only a custodian can be asked to hand it over.");
        if (custodian.Status == CustodianStatus.Left) throw new RuleViolation("That custodian has left: there is nothing more they can hand over.");
        if (live.Count > 0) throw new RuleViolation("A handover of this account away from that custodian is already under way.");

        // The account's version and the count of earlier requests name the stream: two requests sent at once address
        // the same one and the second is refused, while a later request (after one is done) gets a new one.
        var cause = $"request:{accountVersion}:{earlierRequests + 1}";
        return new HandoverOpened(StreamIds.ForHandover(account.Id, fromUserId, cause), account.Id, fromUserId, null,
            HandoverKind.Permanent, HandoverReason.Request, cause, today, calendar.AddBusinessDays(today, DueInBusinessDays), now,
            account.Credential?.VersionId, account.Credential?.PasswordFingerprint);
    }

    /// <summary>The opening, with its receiver; escalated at once (BD and the sponsor told) when there is none.</summary>
    public static IReadOnlyList<object> Decide(
        HandoverOpened opened, CustodyAccount account, IReadOnlyDictionary<string, Hr.StaffMember> colleagues, DateOnly today)
    {
        var receiver = HandoverPlanner.ChooseReceiver(account, opened.FromUserId, opened, colleagues, today);
        var withReceiver = opened with { ToUserId = receiver };
        return receiver is null
            ? [withReceiver, new HandoverEscalated(opened.HandoverId, opened.AccountId, EscalationReason.NoEligibleReceiver, account.SponsorUserId, opened.OpenedAt)]
            : [withReceiver];
    }
}
