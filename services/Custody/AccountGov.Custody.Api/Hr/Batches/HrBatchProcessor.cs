using AccountGov.Custody.Api.Handovers.Reconciling;
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
    private readonly int parallelism = configuration.GetValue("Hr:Batch:Parallelism", 4);

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
            await Parallel.ForEachAsync(chunk.Rows.GroupBy(r => r.Fact.StaffId),
                new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
                async (rows, token) =>
                {
                    foreach (var row in rows)
                    {
                        try
                        {
                            await reconciler.Apply(row.Fact, token);
                        }
                        catch (Exception ex) when (ex is not OperationCanceledException)
                        {
                            // One row that cannot be applied must not stall the file; HR sees it in the report.
                            logger.LogError("HR batch {BatchId} row {Row} could not be applied: {Error}", batchId, row.Row, ex.GetType().Name);
                            lock (failed) failed.Add(new RowRejection(row.Row, new() { ["row"] = ["The row could not be applied; send it again."] }));
                        }
                    }
                });
            if (!await Progress(batchId, chunk, failed, ct)) return false;
        }
        return await Finish(batchId, ct);
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
