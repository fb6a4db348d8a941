using AccountGov.Custody.Api.Hr;

namespace AccountGov.Custody.Api.Hr.Batches;

public enum HrBatchStatus { Queued, Processing, Completed }

/// <summary>A row HR must fix and send again. <c>row</c> counts data rows from 1; a CSV header is not a row.</summary>
public sealed record RowRejection(int Row, Dictionary<string, string[]> Errors);

/// <summary>A row that was accepted but not applied as sent: held until what it refers to arrives, ignored, or a repeat.</summary>
public sealed record RowNotApplied(int Row, string EventId, string StaffId, HrEffectKind Outcome, string? Why, string? Until);

/// <summary>
/// One HR file and its progress: the resource GET /hr/batches/{id} serves. Rows that failed validation are
/// rejected while the file is read; valid rows wait in chunks and are applied in file order, chunk by chunk.
/// A replica processes a batch only while it holds the lease (optimistic concurrency on this document).
/// </summary>
public sealed class HrBatch
{
    public Guid Id { get; set; }
    public string SubmittedBy { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public HrBatchStatus Status { get; set; }
    public int Total { get; set; }
    public int Accepted { get; set; }
    public int Processed { get; set; }
    /// <summary>Processed rows that applied when processed (not held, ignored, repeated or failed).</summary>
    public int Applied { get; set; }
    public int Chunks { get; set; }
    public List<RowRejection> Rejected { get; set; } = [];
    public List<RowNotApplied> NotApplied { get; set; } = [];
    public DateTimeOffset? LeaseUntil { get; set; }
    public Guid? LeaseHolder { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>The upload's W3C trace context, so rows applied later in the background join the upload's trace.</summary>
    public string? TraceParent { get; set; }

    public HrBatchReport ToReport() => new(Id, Status, Total, Accepted, Processed, Rejected.OrderBy(r => r.Row).ToArray(), ReceivedAt, CompletedAt,
        NotApplied.OrderBy(r => r.Row).ToArray(), new HrBatchCounts(Applied, Count(HrEffectKind.Held), Count(HrEffectKind.Ignored),
            Count(HrEffectKind.Duplicate), Rejected.Count));

    private int Count(HrEffectKind kind) => NotApplied.Count(r => r.Outcome == kind);
}

public sealed record BatchRow(int Row, HrFact Fact);

public sealed class HrBatchChunk
{
    public string Id { get; set; } = "";
    public Guid BatchId { get; set; }
    public int Index { get; set; }
    public List<BatchRow> Rows { get; set; } = [];
    public bool Done { get; set; }
    public DateTimeOffset StoredAt { get; set; }

    public static string IdFor(Guid batchId, int index) => $"{batchId:N}:{index:D6}";
}

/// <summary>
/// The per-row report of api.md, with progress: <c>accepted</c> and <c>rejected</c> are final once Completed.
/// <c>accepted</c> counts rows that passed validation, held and ignored ones included; <c>counts</c> says what they did.
/// </summary>
public sealed record HrBatchReport(
    Guid Id, HrBatchStatus Status, int Total, int Accepted, int Processed, IReadOnlyList<RowRejection> Rejected,
    DateTimeOffset ReceivedAt, DateTimeOffset? CompletedAt, IReadOnlyList<RowNotApplied> NotApplied, HrBatchCounts Counts);

/// <summary>
/// What the processed rows did, as each row was processed: applied, held (until what it refers to arrives; the
/// person's view says if it applied later), ignored, a repeated eventId, or rejected (invalid, or could not be applied).
/// </summary>
public sealed record HrBatchCounts(int Applied, int Held, int Ignored, int Repeated, int Rejected);
