using System.Diagnostics;
using AccountGov.ServiceDefaults.Telemetry;
using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;
using Marten;
using Polly;

namespace AccountGov.Custody.Api.Hr.Batches;

/// <summary>
/// Applies a batch's valid rows chunk by chunk. Within a chunk, each person's rows stay in file order while
/// different people are applied in parallel; chunks run in order, so a person's rows never overtake each other.
/// Every row is idempotent on its eventId, so retrying a row and resuming a batch on another replica are safe.
/// A transient fault (a reset connection) is retried and never reported against a row: if it lasts, the batch
/// stops and resumes later. A row that fails for itself is rejected alone, not with the rows that shared its commit.
/// </summary>
public sealed class HrBatchProcessor(ISessionFactory sessions, CustodyReconciler reconciler, TimeProvider clock, IConfiguration configuration,
    ILogger<HrBatchProcessor> logger)
{
    private static readonly ResiliencePipeline Retry = TransientFaults.Retry();
    private static readonly ActivitySource Source = new(TelemetrySetup.AccountGovSource);
    private readonly int parallelism = configuration.GetValue("Hr:Batch:Parallelism", 8);

    // Custodians decided in one commit: each brings a few streams (their record, accounts, handovers, gaps), so 50
    // keeps a commit near a few hundred events; measured in bench/readme.md (P1).
    private readonly int custodiansPerCommit = configuration.GetValue("Hr:Batch:CustodiansPerCommit", 50);

    /// <summary>How long a claim lasts without renewal: how long a batch waits when the replica holding it dies.</summary>
    public TimeSpan Lease { get; } = configuration.GetValue("Hr:Batch:Lease", TimeSpan.FromSeconds(15));

    /// <summary>Processes the batch while <paramref name="holder"/> holds its lease; false when another replica took it over.</summary>
    public async Task<bool> Process(Guid batchId, Guid holder, CancellationToken ct)
    {
        await using var lease = new HrBatchLease(sessions, clock, batchId, holder, Lease);
        await using var query = sessions.QuerySession();
        using var activity = StartActivity(await query.LoadAsync<HrBatch>(batchId, ct));
        var chunkIds = await query.Query<HrBatchChunk>().Where(c => c.BatchId == batchId && !c.Done)
            .OrderBy(c => c.Index).Select(c => c.Id).ToListAsync(ct);
        foreach (var chunkId in chunkIds)
        {
            if (!lease.Held) return false;
            var chunk = await query.LoadAsync<HrBatchChunk>(chunkId, ct);
            if (chunk is null || chunk.Done) continue;
            var (failed, notApplied) = await ApplyChunk(batchId, chunk, ct);
            if (!await Retry.ExecuteAsync(async t => await lease.Progress(chunkId, failed, notApplied, t), ct)) return false;
        }
        return await Retry.ExecuteAsync(async t => await lease.Finish(t), ct);
    }

    private async Task<(List<RowRejection> Failed, List<RowNotApplied> NotApplied)> ApplyChunk(Guid batchId, HrBatchChunk chunk, CancellationToken ct)
    {
        var failed = new List<RowRejection>();
        var notApplied = new List<RowNotApplied>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct };
        // People who hold no account change nothing but their own record: their rows go in a few large commits.
        var holdings = await Retry.ExecuteAsync(async t =>
            await reconciler.HoldingsOf(chunk.Rows.Select(r => r.Fact.StaffId).Distinct().ToArray(), t), ct);
        var plain = chunk.Rows.Where(r => !holdings.ContainsKey(r.Fact.StaffId)).ToList();
        var slices = plain.GroupBy(r => r.Fact.StaffId).Chunk(Math.Max(1, plain.Count / parallelism + 1))
            .Select(g => g.SelectMany(x => x).ToList()).ToList();
        await Parallel.ForEachAsync(slices, options, async (rows, token) =>
            await ApplyRows(batchId, rows, failed, notApplied, (r, t) => reconciler.ApplyNonCustodians(r.Select(x => x.Fact).ToList(), t), token));

        // Custodians' rows move accounts, handovers and gaps. A custodian with one row in the chunk is decided with
        // others whose accounts are disjoint from theirs, many to a commit; the waves run one after another, so
        // two rows on one account never race. Someone with several rows keeps them in file order, one commit each.
        var byPerson = chunk.Rows.Where(r => holdings.ContainsKey(r.Fact.StaffId)).GroupBy(r => r.Fact.StaffId).ToList();
        foreach (var wave in CustodianWaves.Split(byPerson.Where(p => p.Count() == 1).Select(p => p.Single()), r => holdings[r.Fact.StaffId]))
            await Parallel.ForEachAsync(wave.Chunk(custodiansPerCommit), options, async (rows, token) =>
                await ApplyRows(batchId, rows, failed, notApplied, (r, t) => reconciler.ApplyCustodians(r.Select(x => x.Fact).ToList(), t), token));
        await Parallel.ForEachAsync(byPerson.Where(p => p.Count() > 1), options, async (rows, token) =>
        {
            foreach (var row in rows)
                await ApplyRows(batchId, [row], failed, notApplied, async (r, t) => [await reconciler.Apply(r[0].Fact, t)], token);
        });
        return (failed, notApplied);
    }

    private async Task ApplyRows(Guid batchId, IReadOnlyList<BatchRow> rows, List<RowRejection> failed, List<RowNotApplied> notApplied,
        Func<IReadOnlyList<BatchRow>, CancellationToken, Task<IReadOnlyList<HrEventEffect>>> apply, CancellationToken ct)
    {
        try
        {
            var effects = await Retry.ExecuteAsync(async t => await apply(rows, t), ct);
            // The report says which rows were held, ignored or repeats, and why: the rest were applied.
            lock (notApplied)
                notApplied.AddRange(rows.Zip(effects).Where(x => x.Second.Kind != HrEffectKind.Applied)
                    .Select(x => new RowNotApplied(x.First.Row, x.First.Fact.EventId, x.First.Fact.StaffId, x.Second.Kind, x.Second.Why, x.Second.Until)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !TransientFaults.Is(ex))
        {
            if (rows.Count > 1)
            {
                // One bad row must not take the rows that shared its commit with it: apply them one by one, in order.
                foreach (var row in rows) await ApplyRows(batchId, [row], failed, notApplied, apply, ct);
                return;
            }
            // A row that cannot be applied must not stall the file; HR sees it in the report and sends it again.
            logger.LogError("HR batch {BatchId}: row {Row} could not be applied: {Error}", batchId, rows[0].Row, ex.GetType().Name);
            lock (failed) failed.Add(new RowRejection(rows[0].Row, new() { ["row"] = ["The row could not be applied; send it again."] }));
        }
    }

    /// <summary>
    /// The worker runs outside any request: without this, what the rows publish would start traces of their own.
    /// Under the upload's trace, one trace follows the file from POST to every message its rows cause.
    /// </summary>
    private static Activity? StartActivity(HrBatch? batch) =>
        batch?.TraceParent is { } parent && ActivityContext.TryParse(parent, null, out var context)
            ? Source.StartActivity("hr.batch", ActivityKind.Internal, context)
            : Source.StartActivity("hr.batch");
}
