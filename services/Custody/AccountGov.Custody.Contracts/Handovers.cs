using MassTransit;

namespace AccountGov.Custody.Contracts;

public enum HandoverKind { Temporary, Permanent }

public enum HandoverReason { Leave, Departure, Request, TeamMove }

public enum HandoverStatus { Open, Completed, Reverted, Escalated }

/// <summary>A handover, as GET /handovers returns it (api.md). Says that someone is away, never why.</summary>
public sealed record HandoverSummary(
    Guid Id, Guid AccountId, string FromUserId, string? ToUserId, HandoverKind Kind, HandoverReason Reason,
    HandoverStatus Status, DateOnly DueBy, DateOnly StartsOn, DateTimeOffset OpenedAt, DateTimeOffset? RemindedAt,
    DateTimeOffset? ClosedAt, string? RevertReason);

/// <summary>Custody of an account started to move away from a custodian (leave or departure).</summary>
[MessageUrn("accountgov:custody:handover-started:v1")]
public sealed record HandoverStarted(
    Guid HandoverId, Guid AccountId, string FromUserId, string? ToUserId, HandoverKind Kind, HandoverReason Reason,
    DateOnly DueBy, DateTimeOffset StartedAt);

/// <summary>
/// Nobody qualified to receive custody, or the handover is overdue. Business Development is always told; the
/// account's sponsor too when it has one.
/// </summary>
[MessageUrn("accountgov:custody:handover-escalated:v1")]
public sealed record HandoverEscalated(Guid HandoverId, Guid AccountId, string Reason, string? SponsorUserId, DateTimeOffset EscalatedAt);

/// <summary>An open handover is due within two business days.</summary>
[MessageUrn("accountgov:custody:handover-reminder-due:v1")]
public sealed record HandoverReminderDue(Guid HandoverId, Guid AccountId, string? ToUserId, DateOnly DueBy, DateTimeOffset RemindedAt);

[MessageUrn("accountgov:custody:handover-completed:v1")]
public sealed record HandoverCompleted(Guid HandoverId, Guid AccountId, string CompletedBy, bool CredentialRotated, DateTimeOffset CompletedAt);

/// <summary>Custody went back to the giver: they returned, the leave ended, or HR cancelled the absence.</summary>
[MessageUrn("accountgov:custody:handover-reverted:v1")]
public sealed record HandoverReverted(Guid HandoverId, Guid AccountId, string Reason, DateTimeOffset RevertedAt);

/// <summary>An Active account has no Active custodian: BD must act before the gap bites (IG31 §8.1).</summary>
[MessageUrn("accountgov:custody:custody-gap-detected:v1")]
public sealed record CustodyGapDetected(Guid AccountId, string Reason, string? SponsorUserId, DateTimeOffset DetectedAt);

[MessageUrn("accountgov:custody:custody-gap-closed:v1")]
public sealed record CustodyGapClosed(Guid AccountId, DateTimeOffset ClosedAt);

/// <summary>
/// Booked leave and departures will leave an Active account with no Active custodian from <c>OpensOn</c>, unless BD
/// acts before. Sent again if the day moves. Who is away, and why, stays in Custody: it is HR's information.
/// </summary>
[MessageUrn("accountgov:custody:custody-gap-anticipated:v1")]
public sealed record CustodyGapAnticipated(Guid AccountId, DateOnly OpensOn, string? SponsorUserId, DateTimeOffset AnticipatedAt);

/// <summary>BD named the receiver of an escalated handover (POST /handovers/{id}/assign).</summary>
[MessageUrn("accountgov:custody:handover-assigned:v1")]
public sealed record HandoverAssigned(Guid HandoverId, Guid AccountId, string ToUserId, DateOnly DueBy, string AssignedBy, DateTimeOffset AssignedAt);

/// <summary>The receiver became unavailable: custody goes to another custodian, or to no one (then it is escalated).</summary>
[MessageUrn("accountgov:custody:handover-receiver-replaced:v1")]
public sealed record HandoverReceiverReplaced(Guid HandoverId, Guid AccountId, string PreviousUserId, string? ToUserId, DateTimeOffset ReplacedAt);
