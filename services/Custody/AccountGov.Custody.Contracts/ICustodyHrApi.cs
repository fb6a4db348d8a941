using Refit;

namespace AccountGov.Custody.Contracts;

/// <summary>POST /hr/events (api.md): dates as ISO text (yyyy-MM-dd), so a bad date is a field error.</summary>
public sealed record HrEventBody(
    string EventId, string Type, string StaffId, string? LeaveType, string? From, string? To, string? LastWorkingDay);

public sealed record HrEventAccepted(string EventId, bool Duplicate);

public enum HrBatchState { Queued, Processing, Completed }

/// <summary>A row HR must fix and send again: <c>Row</c> counts data rows from 1, not the header.</summary>
public sealed record HrRowRejection(int Row, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>An HR file's progress resource (GET /hr/batches/{id}), and the final per-row report once Completed.</summary>
public sealed record HrBatchProgress(
    Guid Id, HrBatchState Status, int Total, int Accepted, int Processed, IReadOnlyList<HrRowRejection> Rejected,
    DateTimeOffset ReceivedAt, DateTimeOffset? CompletedAt);

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
}
