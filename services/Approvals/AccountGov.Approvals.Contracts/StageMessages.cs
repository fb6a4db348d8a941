using MassTransit;

namespace AccountGov.Approvals.Contracts;

// A case's stages as they start, complete and fall due: who owes the next step and by when. Notifications tells
// the person or team that owes it. No free text: ids, the stage, dates.

/// <summary>
/// A stage became actionable and its business-day clock started: on submission, on a revision
/// (<c>AfterRevision</c>), or when the full DPIA was attached.
/// </summary>
[MessageUrn("accountgov:approvals:stage-started:v1")]
public sealed record StageStarted(Guid RequestId, StageName Stage, DateOnly DueBy, bool AfterRevision, DateTimeOffset StartedAt);

/// <summary>
/// A stage was completed (endorsed, DPIA accepted). <c>NextStage</c> and <c>NextDueBy</c> name the stage whose clock
/// this started, if any (a DPIA review whose DPIA is not attached yet starts later, with <see cref="StageStarted"/>).
/// </summary>
[MessageUrn("accountgov:approvals:stage-completed:v1")]
public sealed record StageCompleted(
    Guid RequestId, StageName Stage, string CompletedBy, StageName? NextStage, DateOnly? NextDueBy, DateTimeOffset CompletedAt);

/// <summary>The current stage reached its due day undecided.</summary>
[MessageUrn("accountgov:approvals:stage-reminder-due:v1")]
public sealed record StageReminderDue(Guid RequestId, StageName Stage, DateOnly DueBy, DateTimeOffset RemindedAt);

/// <summary>
/// The current stage is overdue: Business Development is told as well as whoever owes it. (Named for the case so it
/// does not clash with Approvals' private StageEscalated event.)
/// </summary>
[MessageUrn("accountgov:approvals:case-escalated:v1")]
public sealed record CaseEscalated(Guid RequestId, StageName Stage, DateOnly DueBy, DateTimeOffset EscalatedAt);
