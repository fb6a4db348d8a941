using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.Api.Handovers;

public enum HandoverKind { Temporary, Permanent }

public enum HandoverReason { Leave, Departure, Request, TeamMove }

public enum HandoverStatus { Open, Completed, Reverted, Escalated }

public enum EscalationReason { NoEligibleReceiver, Overdue }

public enum RevertReason { Returned, EndDate, Cancelled }

/// <summary>The checklist of a handover (IG31 §8.1: passwords and the related email account move with custody).</summary>
public sealed record HandoverChecklist(
    bool CredentialRotated, bool LinkedEmailTransferred, bool? RecoveryRehomed, bool? AdminRoleMoved, bool? LoginVerified);

public sealed record HandoverOpened(
    Guid HandoverId, Guid AccountId, string FromUserId, string? ToUserId, HandoverKind Kind, HandoverReason Reason,
    string CauseEventId, DateOnly StartsOn, DateOnly DueBy, DateTimeOffset OpenedAt, Guid? CredentialVersionAtOpen = null,
    string? PasswordFingerprintAtOpen = null)
{
    /// <summary>The last day custody is away (a leave's last day away); null: for good, or not known.</summary>
    public DateOnly? EndsOn { get; init; }
}
/// <summary>HR changed the dates the handover is for (a new last working day, an amended leave); due by the same rule.</summary>
public sealed record HandoverRescheduled(Guid HandoverId, Guid AccountId, DateOnly StartsOn, DateOnly? EndsOn, DateOnly DueBy, DateTimeOffset At);
/// <summary>Told at once to Business Development (always) and to the account's sponsor, when it has one.</summary>
public sealed record HandoverEscalated(Guid HandoverId, Guid AccountId, EscalationReason Reason, string? SponsorUserId, DateTimeOffset At);
public sealed record HandoverReminded(Guid HandoverId, Guid AccountId, string? ToUserId, DateOnly DueBy, DateTimeOffset At);
public sealed record HandoverCompleted(Guid HandoverId, Guid AccountId, string CompletedBy, HandoverChecklist Checklist, DateTimeOffset CompletedAt);
/// <summary>The receiver became unavailable (leave, departure); custody goes to another custodian, or to no one (then escalated).</summary>
public sealed record HandoverReceiverReplaced(Guid HandoverId, Guid AccountId, string PreviousUserId, string? ToUserId, DateTimeOffset At);
public sealed record HandoverReverted(Guid HandoverId, Guid AccountId, RevertReason Reason, DateTimeOffset At);

/// <summary>
/// Custody of one account moving away from one person for one cause (a leave or a departure). See readme.md.
/// </summary>
public sealed record Handover(
    Guid Id, Guid AccountId, string FromUserId, string? ToUserId, HandoverKind Kind, HandoverReason Reason,
    HandoverStatus Status, string CauseEventId, DateOnly StartsOn, DateOnly DueBy, DateTimeOffset OpenedAt) : IAggregate<Handover>
{
    public DateTimeOffset? RemindedAt { get; init; }
    public bool OverdueEscalated { get; init; }
    public bool Completed { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public HandoverChecklist? Checklist { get; init; }
    public RevertReason? RevertedBecause { get; init; }
    /// <summary>The stream version, set by Marten on the snapshot; appends expect it so two deciders cannot both win.</summary>
    public long Version { get; set; }
    /// <summary>The account's credential version when the handover opened; a permanent one completes only after a newer one.</summary>
    public Guid? CredentialVersionAtOpen { get; init; }
    /// <summary>The keyed, non-reversible fingerprint of the password the giver knew; rotation must change it.</summary>
    public string? PasswordFingerprintAtOpen { get; init; }
    /// <summary>The last day custody is away from the giver; null: for good (a departure), or an open-ended leave.</summary>
    public DateOnly? EndsOn { get; init; }

    /// <summary>Still holding custody away from its giver: not yet reverted, and a permanent one not yet done.</summary>
    public bool IsLive => Status is HandoverStatus.Open or HandoverStatus.Escalated
                          || (Status == HandoverStatus.Completed && Kind == HandoverKind.Temporary);

    /// <summary>Every event of the stream, its first included (Marten hands the projection only these).</summary>
    public static IReadOnlyList<Type> Events { get; } =
    [
        typeof(HandoverOpened), typeof(HandoverRescheduled), typeof(HandoverEscalated), typeof(HandoverReminded),
        typeof(HandoverReceiverReplaced), typeof(Assigning.HandoverAssigned), typeof(HandoverCompleted), typeof(HandoverReverted),
    ];

    public static Handover Start(object first) => first is HandoverOpened e
        ? new(e.HandoverId, e.AccountId, e.FromUserId, e.ToUserId, e.Kind, e.Reason, HandoverStatus.Open,
            e.CauseEventId, e.StartsOn, e.DueBy, e.OpenedAt)
        {
            CredentialVersionAtOpen = e.CredentialVersionAtOpen, PasswordFingerprintAtOpen = e.PasswordFingerprintAtOpen, EndsOn = e.EndsOn,
        }
        : throw new UnknownEvent(typeof(Handover), first);

    /// <summary>New dates and due date; a reminder is sent again for the new due date.</summary>
    private Handover On(HandoverRescheduled e) => this with { StartsOn = e.StartsOn, EndsOn = e.EndsOn, DueBy = e.DueBy, RemindedAt = null };

    private Handover On(HandoverEscalated e) => this with
    {
        Status = Completed ? Status : HandoverStatus.Escalated,
        OverdueEscalated = OverdueEscalated || e.Reason == EscalationReason.Overdue,
    };

    private Handover On(HandoverReminded e) => this with { RemindedAt = e.At };

    private Handover On(HandoverReceiverReplaced e) => this with { ToUserId = e.ToUserId, RemindedAt = null };

    /// <summary>Open again with the named receiver; the deadline clock starts afresh (a new reminder, a new overdue escalation).</summary>
    private Handover On(Assigning.HandoverAssigned e) => this with
    {
        Status = HandoverStatus.Open, ToUserId = e.ToUserId, DueBy = e.DueBy, RemindedAt = null, OverdueEscalated = false,
    };

    private Handover On(HandoverCompleted e) =>
        this with { Status = HandoverStatus.Completed, Completed = true, Checklist = e.Checklist, ClosedAt = e.CompletedAt };

    private Handover On(HandoverReverted e) =>
        this with { Status = HandoverStatus.Reverted, RevertedBecause = e.Reason, ClosedAt = e.At };

    /// <summary>The one evolve: every event of the stream after the first. Marten folds the stream through it too (EvolvingProjection).</summary>
    public Handover Then(object e) => e switch
    {
        HandoverEscalated x => On(x), HandoverReminded x => On(x), HandoverCompleted x => On(x),
        HandoverReverted x => On(x), Assigning.HandoverAssigned x => On(x),
        HandoverReceiverReplaced x => On(x), HandoverRescheduled x => On(x), _ => throw new UnknownEvent(typeof(Handover), e),
    };
}
