using System.Text.Json.Serialization;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.Api.Cases;

public sealed record Stage(
    StageName Name, StageStatus Status, DateOnly? DueBy, string? DecidedBy, DateTimeOffset? DecidedAt, string? Comment,
    DateTimeOffset? RemindedAt, DateTimeOffset? EscalatedAt)
{
    public static Stage Pending(StageName name) => new(name, StageStatus.Pending, null, null, null, null, null, null);

    public Stage Decided(StageStatus status, string by, DateTimeOffset at, string? comment) =>
        this with { Status = status, DecidedBy = by, DecidedAt = at, Comment = comment };
}

public sealed record CaseEntry(string Event, StageName? Stage, string By, DateTimeOffset At, string? Comment);

public sealed record CaseAlert(CaseAlertKind Kind, StageName Stage, DateOnly DueBy, DateTimeOffset At);

/// <summary>
/// One case per submitted request; the stream id is the request id, so a redelivery cannot open a second.
/// Stages run in route order (see <see cref="Routing.RoutingPolicy"/>); the first pending one is current.
/// The derived properties are stored with the inline snapshot so the queues and the deadline sweep can query them.
/// </summary>
public sealed record Case(
    Guid Id, RequestSnapshot Request, CaseStatus Status, bool DpiaAttached, IReadOnlyList<Stage> Stages,
    IReadOnlyList<string> Conditions, IReadOnlyList<CaseEntry> History, IReadOnlyList<CaseAlert> Alerts,
    DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string? DpiaResidualRisk = null)
{
    [JsonIgnore]
    public Stage? Current => Status == CaseStatus.Open ? Stages.FirstOrDefault(s => s.Status == StageStatus.Pending) : null;
    public StageName? CurrentStage => Current?.Name;
    public DateOnly? DueBy => Current?.DueBy;
    public string SponsorId => Request.Sponsor.UserId;

    /// <summary>The first day the deadline sweep has something to record: a reminder on the due day, an escalation after it.</summary>
    public DateOnly? NextAlertOn => Current is { DueBy: { } due } stage
        ? stage.RemindedAt is null ? due : stage.EscalatedAt is null ? due.AddDays(1) : null
        : null;

    public Stage? StageNamed(StageName name) => Stages.FirstOrDefault(s => s.Name == name);

    public static Case Create(CaseOpened e) =>
        new Case(e.RequestId, e.Request, CaseStatus.Open, false, e.Route.Select(Stage.Pending).ToArray(), [],
                [new("Opened", null, e.Request.Requester.UserId, e.OpenedAt, null)], [], e.OpenedAt, null)
            .Start(e.Started);

    public Case Apply(CaseReopened e) =>
        (this with
        {
            Request = e.Request,
            Status = CaseStatus.Open,
            ClosedAt = null,
            Conditions = [],
            Stages = e.Route.Select(name => e.Kept.Contains(name) && StageNamed(name) is { } kept ? kept : Stage.Pending(name)).ToArray(),
            History = [.. History, new($"Revised (revision {e.Request.Revision})", null, e.Request.Requester.UserId, e.ReopenedAt, null)],
        }).Start(e.Started);

    public Case Apply(FullDpiaAttached e) =>
        (this with
        {
            DpiaAttached = true, DpiaResidualRisk = e.ResidualRisk,
            History = [.. History, new("DpiaAttached", null, e.AttachedBy, e.AttachedAt, null)],
        }).Start(e.Started);

    /// <summary>The review waits for the amended DPIA: not attached any more, its clock and alerts cleared.</summary>
    public Case Apply(DpiaReviewChangesRequested e) => this with
    {
        DpiaAttached = false,
        Stages = Stages.Select(s => s.Name == StageName.DpiaReview ? Stage.Pending(s.Name) : s).ToArray(),
        History = [.. History, new("DpiaChangesRequested", StageName.DpiaReview, e.RequestedBy, e.RequestedAt, e.Comment)],
    };

    /// <summary>The new sponsor owes the endorsement, on a fresh clock.</summary>
    public Case Apply(CaseSponsorReplaced e) =>
        (this with
        {
            Request = Request with { Sponsor = e.Sponsor },
            Stages = Stages.Select(s => s.Name == StageName.SponsorEndorsement ? Stage.Pending(s.Name) : s).ToArray(),
            History = [.. History, new("SponsorReplaced", StageName.SponsorEndorsement, e.ReplacedBy, e.ReplacedAt, null)],
        }).Start(e.Started);

    public Case Apply(SponsorEndorsed e) =>
        Decided(StageName.SponsorEndorsement, StageStatus.Completed, "Endorsed", e.EndorsedBy, e.EndorsedAt, e.Comment).Start(e.Started);

    public Case Apply(DpiaReviewAccepted e) =>
        Decided(StageName.DpiaReview, StageStatus.Completed, "DpiaAccepted", e.ReviewedBy, e.ReviewedAt, e.Comment).Start(e.Started);

    public Case Apply(CaseApproved e) =>
        Decided(StageName.BusinessDevelopmentDecision, StageStatus.Completed, "Approved", e.ApprovedBy, e.ApprovedAt, e.Comment)
            with { Status = CaseStatus.Approved, Conditions = e.Conditions, ClosedAt = e.ApprovedAt };

    public Case Apply(CaseRejected e) =>
        Decided(e.Stage, StageStatus.Rejected, "Rejected", e.RejectedBy, e.RejectedAt, e.Reason)
            with { Status = CaseStatus.Rejected, ClosedAt = e.RejectedAt };

    // At the BD decision the stage records it, as it always has; at an earlier stage that stage stays pending
    // (nobody decided it) and the history says where the case was sent back from.
    public Case Apply(CaseChangesRequested e) => e.AtStage is null or StageName.BusinessDevelopmentDecision
        ? Decided(StageName.BusinessDevelopmentDecision, StageStatus.Completed, "ChangesRequested", e.RequestedBy, e.RequestedAt, e.Comment)
            with { Status = CaseStatus.ChangesRequested }
        : this with
        {
            Status = CaseStatus.ChangesRequested,
            History = [.. History, new("ChangesRequested", e.AtStage, e.RequestedBy, e.RequestedAt, e.Comment)],
        };

    public Case Apply(CaseWithdrawn e) => this with
    {
        Status = CaseStatus.Withdrawn,
        ClosedAt = e.WithdrawnAt,
        History = [.. History, new("Withdrawn", null, e.WithdrawnBy, e.WithdrawnAt, null)],
    };

    public Case Apply(StageReminded e) => this with
    {
        Stages = Stages.Select(s => s.Name == e.Stage ? s with { RemindedAt = e.RemindedAt } : s).ToArray(),
        Alerts = [.. Alerts, new(CaseAlertKind.Reminder, e.Stage, e.DueBy, e.RemindedAt)],
    };

    public Case Apply(StageEscalated e) => this with
    {
        Stages = Stages.Select(s => s.Name == e.Stage ? s with { EscalatedAt = e.EscalatedAt } : s).ToArray(),
        Alerts = [.. Alerts, new(CaseAlertKind.Escalation, e.Stage, e.DueBy, e.EscalatedAt)],
    };

    private Case Decided(StageName name, StageStatus status, string what, string by, DateTimeOffset at, string? comment) => this with
    {
        Stages = Stages.Select(s => s.Name == name ? s.Decided(status, by, at, comment) : s).ToArray(),
        History = [.. History, new(what, name, by, at, comment)],
    };

    private Case Start(StageDue? started) => started is null
        ? this
        : this with { Stages = Stages.Select(s => s.Name == started.Stage ? s with { DueBy = started.DueBy } : s).ToArray() };
}
