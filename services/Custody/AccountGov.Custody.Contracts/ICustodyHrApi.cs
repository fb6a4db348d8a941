using Refit;

namespace AccountGov.Custody.Contracts;

/// <summary>
/// POST /hr/events (api.md): dates as ISO text (yyyy-MM-dd), so a bad date is a field error. <c>Team</c>: the new team
/// of a <c>Moved</c> (effective <c>From</c>); <c>Suspended</c> and <c>Reinstated</c> carry <c>From</c> only.
/// </summary>
public sealed record HrEventBody(
    string EventId, string Type, string StaffId, string? LeaveType, string? From, string? To, string? LastWorkingDay, string? Team = null);

/// <summary>
/// What an HR event did: <c>Applied</c>; <c>Held</c> (until what, and why); <c>Ignored</c> (why); <c>Duplicate</c>;
/// <c>Rejected</c> (refused on arrival with field errors: only the person's view says it, POST answers 400).
/// </summary>
public enum HrEventOutcome { Applied, Held, Ignored, Duplicate, Rejected }

public sealed record HrEventAccepted(
    string EventId, bool Duplicate, HrEventOutcome Outcome = HrEventOutcome.Applied, string? Why = null, string? Until = null);

/// <summary>A row accepted but not applied as sent: held (until what, and why), ignored (why), or a repeated eventId.</summary>
public sealed record HrRowNotApplied(int Row, string EventId, string StaffId, HrEventOutcome Outcome, string? Why, string? Until);

public enum HrBatchState { Queued, Processing, Completed }

/// <summary>A row HR must fix and send again: <c>Row</c> counts data rows from 1, not the header.</summary>
public sealed record HrRowRejection(int Row, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>
/// An HR file's progress resource (GET /hr/batches/{id}), and the final per-row report once Completed. <c>Accepted</c>
/// counts valid rows, held and ignored ones included; <c>Counts</c> says how many applied, were held, ignored, repeated or rejected.
/// </summary>
public sealed record HrBatchProgress(
    Guid Id, HrBatchState Status, int Total, int Accepted, int Processed, IReadOnlyList<HrRowRejection> Rejected,
    DateTimeOffset ReceivedAt, DateTimeOffset? CompletedAt, IReadOnlyList<HrRowNotApplied>? NotApplied = null, HrBatchCounts? Counts = null);

/// <summary>What the processed rows did, each as it was processed (a held row may apply later: see the person's view).</summary>
public sealed record HrBatchCounts(int Applied, int Held, int Ignored, int Repeated, int Rejected);

/// <summary>Custody's HR routes (api.md, docs/handover.md) as a Refit client. HR only.</summary>
public interface ICustodyHrApi
{
    [Post("/hr/events")]
    Task<IApiResponse<HrEventAccepted>> RecordHrEvent([Body] HrEventBody body, CancellationToken ct = default);

    /// <summary>A CSV (text/csv) or JSON file: 200 with the report when small, 202 with the progress resource when large.</summary>
    [Post("/hr/events/batch")]
    Task<IApiResponse<HrBatchProgress>> UploadHrFile([Body] HttpContent file, CancellationToken ct = default);

    [Get("/hr/batches/{id}")]
    Task<HrBatchProgress> GetHrBatch(Guid id, CancellationToken ct = default);

    /// <summary>The person's HR view: every HR event as received and what it did; 404 when HR never named them.</summary>
    [Get("/staff/{staffId}")]
    Task<IApiResponse<StaffHrView>> GetStaff(string staffId, CancellationToken ct = default);
}
