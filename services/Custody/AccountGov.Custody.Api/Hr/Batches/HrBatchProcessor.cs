using AccountGov.Custody.Api.Hr.Reconciling;
using Marten;

namespace AccountGov.Custody.Api.Hr.Batches;

/// <summary>
/// Applies a batch's valid rows chunk by chunk. Within a chunk, each person's rows stay in file order while
/// different people are applied in parallel; chunks run in order, so a person's rows never overtake each other.
/// Every row is idempotent on its eventId, so a batch resumed by another replica after a crash is safe.
/// </summary>
public sealed class HrBatchProcessor(IDocumentStore store, CustodyReconciler reconciler, TimeProvider clock, IConfiguration configuration,
    ILogger<HrBatchProcessor> logger)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly int parallelism = configuration.GetValue("Hr:Batch:Parallelism", 8);

    /// <summary>Processes the batch while this replica holds its lease; false when another replica took it over.</summary>
    public async Task<bool> Process(Guid batchId, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var chunkIds = await query.Query<HrBatchChunk>().Where(c => c.BatchId == batchId && !c.Done)
            .OrderBy(c => c.Index).Select(c => c.Id).ToListAsync(ct);
        foreach (var chunkId in chunkIds)
        {
            var chunk = await query.LoadAsync<HrBatchChunk>(chunkId, ct);
            if (chunk is null || chunk.Done) continue;
            var failed = new List<RowRejection>();
            // People who hold no account change nothing but their own record: their rows go in a few large commits.
            // Custodians go one event per transaction, because their rows move accounts, handovers and gaps.
            var custodians = await reconciler.CustodiansAmong(chunk.Rows.Select(r => r.Fact.StaffId).Distinct().ToArray(), ct);
            var plain = chunk.Rows.Where(r => !custodians.Contains(r.Fact.StaffId)).ToList();
            var slices = plain.GroupBy(r => r.Fact.StaffId).Chunk(Math.Max(1, plain.Count / parallelism + 1))
                .Select(g => g.SelectMany(x => x).ToList()).ToList();
            await Parallel.ForEachAsync(slices, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
                async (rows, token) => await Guard(batchId, rows, failed, () => reconciler.ApplyNonCustodians(rows.Select(r => r.Fact).ToList(), token)));
            await Parallel.ForEachAsync(chunk.Rows.Where(r => custodians.Contains(r.Fact.StaffId)).GroupBy(r => r.Fact.StaffId),
                new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
                async (rows, token) =>
                {
                    foreach (var row in rows) await Guard(batchId, [row], failed, () => reconciler.Apply(row.Fact, token));
                });
            if (!await Progress(batchId, chunk, failed, ct)) return false;
        }
        return await Finish(batchId, ct);
    }

    private async Task Guard(Guid batchId, IReadOnlyList<BatchRow> rows, List<RowRejection> failed, Func<Task> apply)
    {
        try
        {
            await apply();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Rows that cannot be applied must not stall the file; HR sees them in the report and sends them again.
            logger.LogError("HR batch {BatchId}: {Count} row(s) from row {Row} could not be applied: {Error}", batchId, rows.Count, rows[0].Row, ex.GetType().Name);
            lock (failed) failed.AddRange(rows.Select(r => new RowRejection(r.Row, new() { ["row"] = ["The row could not be applied; send it again."] })));
        }
    }

    private async Task<bool> Progress(Guid batchId, HrBatchChunk chunk, List<RowRejection> failed, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var batch = await session.LoadAsync<HrBatch>(batchId, ct);
        if (batch is null) return false;
        chunk.Done = true;
        batch.Processed += chunk.Rows.Count;
        batch.Accepted -= failed.Count;
        batch.Rejected.AddRange(failed);
        batch.LeaseUntil = clock.GetUtcNow() + Lease;
        session.Store(chunk);
        session.Store(batch);
        return await TrySave(session, ct);
    }

    private async Task<bool> Finish(Guid batchId, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var batch = await session.LoadAsync<HrBatch>(batchId, ct);
        if (batch is null || batch.Status == HrBatchStatus.Completed) return true;
        batch.Status = HrBatchStatus.Completed;
        batch.CompletedAt = clock.GetUtcNow();
        batch.LeaseUntil = null;
        session.Store(batch);
        // The applied rows live on in the staff streams; the copies waiting in chunks are not kept.
        session.DeleteWhere<HrBatchChunk>(c => c.BatchId == batchId);
        return await TrySave(session, ct);
    }

    private static async Task<bool> TrySave(IDocumentSession session, CancellationToken ct)
    {
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (JasperFx.ConcurrencyException)
        {
            return false; // another replica holds the batch now
        }
    }
}
