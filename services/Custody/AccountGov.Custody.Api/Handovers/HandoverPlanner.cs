using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Hr;
using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Custody.Api.Handovers;

public sealed record CustodianView(string UserId, CustodianRole Role, StaffStatus Status);

/// <summary>What the handover rules need of an account from the register, whoever owns its shape.</summary>
public sealed record CustodyAccount(
    Guid Id, bool IsActive, string? SponsorUserId, IReadOnlyList<CustodianView> Custodians, Guid? CredentialVersionId = null,
    string? PasswordFingerprint = null)
{
    /// <summary>The team the account belongs to (custody follows the team when someone moves).</summary>
    public string? Team { get; init; }

    public bool HasActiveCustodian => Custodians.Any(c => c.Status == StaffStatus.Active);

    /// <summary>Team names as HR and the register write them may differ in case and spacing, never in meaning.</summary>
    public bool BelongsTo(string team) => string.Equals(Team?.Trim(), team.Trim(), StringComparison.OrdinalIgnoreCase);
}

public sealed record CustodianStatusChange(Guid AccountId, string UserId, StaffStatus Status);

public sealed record HandoverPlan(
    IReadOnlyList<(Guid HandoverId, IReadOnlyList<object> Events)> Starts,
    IReadOnlyList<(Guid HandoverId, IReadOnlyList<object> Events)> Appends,
    IReadOnlyList<CustodianStatusChange> StatusChanges);

/// <summary>
/// Reconciles custody with what HR has told us about one person. Pure and idempotent: given the same staff
/// state and the handovers already there, it plans nothing new. IG31 §8.1: custody moves to another custodian
/// before annual leave starts, at once for sickness, and before a permanent departure.
/// </summary>
public static partial class HandoverPlanner
{
    public static HandoverPlan Plan(
        Hr.StaffMember staff, IReadOnlyList<CustodyAccount> accounts, IReadOnlyList<Handover> existing,
        IReadOnlyDictionary<string, Hr.StaffMember> colleagues, DateOnly today, DateTimeOffset now, BusinessCalendar calendar)
    {
        var starts = new List<(Guid, IReadOnlyList<object>)>();
        var appends = new List<(Guid, IReadOnlyList<object>)>();
        var changes = new List<CustodianStatusChange>();
        var known = existing.ToDictionary(h => h.Id);

        foreach (var account in accounts)
        {
            var self = account.Custodians.FirstOrDefault(c => c.UserId == staff.StaffId);
            if (self is null) continue;
            var wantedStatus = MovedAway(staff, account) ? StaffStatus.Left
                : HandedOver(staff, account.Id, existing) ? StaffStatus.Leaving
                : staff.StatusOnAccounts();
            if (self.Status != wantedStatus && (self.Status != StaffStatus.Left || MovedBackTo(staff, account)))
                changes.Add(new CustodianStatusChange(account.Id, staff.StaffId, wantedStatus));
            if (!account.IsActive) continue;

            foreach (var wanted in Wanted(staff, account, today, calendar))
            {
                if (known.TryGetValue(wanted.HandoverId, out var there))
                {
                    if (Rescheduled(there, wanted, now) is { } moved) appends.Add((there.Id, [moved]));
                    continue;
                }
                var receiver = ChooseReceiver(account, staff.StaffId, wanted, colleagues, today);
                var opened = wanted with { ToUserId = receiver, OpenedAt = now, CredentialVersionAtOpen = account.CredentialVersionId,
                    PasswordFingerprintAtOpen = account.PasswordFingerprint };
                starts.Add((opened.HandoverId, receiver is null
                    ? [opened, new HandoverEscalated(opened.HandoverId, opened.AccountId, EscalationReason.NoEligibleReceiver, account.SponsorUserId, now)]
                    : [opened]));
            }
        }

        foreach (var handover in existing.Where(h => h.IsLive))
            if (RevertReasonFor(staff, handover) is { } reason)
                appends.Add((handover.Id, [new HandoverReverted(handover.Id, handover.AccountId, reason, now)]));

        return new HandoverPlan(starts, appends, changes);
    }

    private static IEnumerable<HandoverOpened> Wanted(Hr.StaffMember staff, CustodyAccount account, DateOnly today, BusinessCalendar calendar)
    {
        foreach (var leave in staff.Leaves.Where(l => !l.IsOver))
        {
            var due = DueBy(HandoverKind.Temporary, leave.From, leave.Type == LeaveType.Sickness || leave.Suspension, today, calendar);
            yield return Open(account, staff, HandoverKind.Temporary, HandoverReason.Leave, leave.EventId, leave.From, due) with
            {
                EndsOn = leave.LastDayAway,
            };
        }
        if (staff is { HasLeft: false, Departure: { } d })
            yield return Open(account, staff, HandoverKind.Permanent, HandoverReason.Departure, d.EventId, d.LastWorkingDay,
                DueBy(HandoverKind.Permanent, d.LastWorkingDay, false, today, calendar));
        if (staff is { HasLeft: false, Move: { } m } && !account.BelongsTo(m.Team))
            yield return Open(account, staff, HandoverKind.Permanent, HandoverReason.TeamMove, m.EventId, m.EffectiveOn,
                DueBy(HandoverKind.Permanent, m.EffectiveOn, false, today, calendar));
    }

    /// <summary>
    /// A leaver or mover whose permanent handover of this account is complete holds it no more, though still at work
    /// (the password was rotated so that they no longer know it).
    /// </summary>
    private static bool HandedOver(Hr.StaffMember staff, Guid accountId, IReadOnlyList<Handover> existing) =>
        !staff.HasLeft && existing.Any(h => h.AccountId == accountId && h.Kind == HandoverKind.Permanent && h.Status == HandoverStatus.Completed
                                            && (h.CauseEventId == staff.Departure?.EventId || h.CauseEventId == staff.Move?.EventId));

    /// <summary>
    /// Left on an account is final, but for a mover a later <c>Moved</c> back to the account's team (HR correcting a wrong
    /// move, or a move back) has taken effect: the person is in the team the account belongs to (IG31 §8) and still named
    /// on it (BLMK §5.1), so they hold it again. Someone who has left the organisation never does.
    /// </summary>
    private static bool MovedBackTo(Hr.StaffMember staff, CustodyAccount account) =>
        !staff.HasLeft && staff.Move is { Effective: true } m && account.BelongsTo(m.Team);

    /// <summary>From the day a move takes effect the person holds only their new team's accounts.</summary>
    private static bool MovedAway(Hr.StaffMember staff, CustodyAccount account) =>
        staff.Move is { Effective: true } m && !account.BelongsTo(m.Team);

    /// <summary>
    /// HR moved the dates of what a live handover is for (a new last working day, an amended leave): it keeps its
    /// receiver and is due by the rule for the new dates. Only the dates are compared: a due date of "today" moves daily.
    /// </summary>
    private static HandoverRescheduled? Rescheduled(Handover there, HandoverOpened wanted, DateTimeOffset now) =>
        there.Status is HandoverStatus.Open or HandoverStatus.Escalated && (there.StartsOn != wanted.StartsOn || there.EndsOn != wanted.EndsOn)
            ? new HandoverRescheduled(there.Id, there.AccountId, wanted.StartsOn, wanted.EndsOn, wanted.DueBy, now)
            : null;

    /// <summary>
    /// When custody must have moved. Booked leave: by the business day before it starts; sickness (or leave
    /// already begun): today. Departure: by the business day before the last working day.
    /// </summary>
    public static DateOnly DueBy(HandoverKind kind, DateOnly startsOn, bool sickness, DateOnly today, BusinessCalendar calendar) =>
        kind == HandoverKind.Temporary && (sickness || startsOn <= today) ? today : Max(today, calendar.PreviousBusinessDay(startsOn));

    private static HandoverOpened Open(CustodyAccount a, Hr.StaffMember s, HandoverKind kind, HandoverReason reason, string cause, DateOnly starts, DateOnly due) =>
        new(StreamIds.ForHandover(a.Id, s.StaffId, cause), a.Id, s.StaffId, null, kind, reason, cause, starts, due, default);


    private static RevertReason? RevertReasonFor(Hr.StaffMember staff, Handover h)
    {
        // A handover on request (BD or the sponsor asked for it) has no HR cause: nothing HR says undoes it.
        if (h.Reason == HandoverReason.Request) return null;
        if (h.Kind == HandoverKind.Temporary)
        {
            var leave = staff.Leaves.FirstOrDefault(l => l.EventId == h.CauseEventId);
            return leave switch
            {
                null or { Cancelled: true } => RevertReason.Cancelled,
                { EndedBy: LeaveEndReason.Returned } => RevertReason.Returned,
                { EndedBy: LeaveEndReason.EndDate } => RevertReason.EndDate,
                _ => null,
            };
        }
        // LeavingCancelled (or a later move) undoes an unfinished permanent handover; once the person has left it stands.
        var cause = h.Reason == HandoverReason.TeamMove ? staff.Move?.EventId : staff.Departure?.EventId;
        return h.Status != HandoverStatus.Completed && !staff.HasLeft && cause != h.CauseEventId ? RevertReason.Cancelled : null;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
