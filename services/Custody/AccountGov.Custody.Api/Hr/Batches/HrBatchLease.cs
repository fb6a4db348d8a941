using Marten;

namespace AccountGov.Custody.Api.Hr.Batches;

/// <summary>
/// The claim one replica holds on a batch while it applies it. The lease is short and renewed by a heartbeat, so a
/// replica that dies (or loses its database) holds a batch for at most one lease; the holder token makes sure a
/// replica whose lease was taken over stops writing the batch's progress instead of counting rows twice.
/// Every write of the batch document goes through one gate, so the heartbeat and the progress never race.
/// </summary>
public sealed class HrBatchLease : IAsyncDisposable
{
    private readonly ISessionFactory sessions;
    private readonly TimeProvider clock;
    private readonly Guid batchId;
    private readonly Guid holder;
    private readonly TimeSpan length;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly CancellationTokenSource stop = new();
    private readonly Task heartbeat;

    public HrBatchLease(ISessionFactory sessions, TimeProvider clock, Guid batchId, Guid holder, TimeSpan length)
    {
        (this.sessions, this.clock, this.batchId, this.holder, this.length) = (sessions, clock, batchId, holder, length);
        heartbeat = Beat();
    }

    /// <summary>False once another replica holds the batch: the caller stops.</summary>
    public bool Held { get; private set; } = true;

    /// <summary>Records a finished chunk; a chunk already recorded (a retried save that had landed) counts once.</summary>
    public Task<bool> Progress(string chunkId, IReadOnlyCollection<RowRejection> failed, IReadOnlyCollection<RowNotApplied> notApplied,
        CancellationToken ct) => Write(async (session, batch) =>
    {
        var chunk = await session.LoadAsync<HrBatchChunk>(chunkId, ct);
        if (chunk is null || chunk.Done) return;
        chunk.Done = true;
        batch.Processed += chunk.Rows.Count;
        batch.Applied += chunk.Rows.Count - failed.Count - notApplied.Count;
        batch.Accepted -= failed.Count;
        batch.Rejected.AddRange(failed);
        batch.NotApplied.AddRange(notApplied);
        session.Store(chunk);
    }, ct);

    public Task<bool> Finish(CancellationToken ct) => Write((session, batch) =>
    {
        batch.Status = HrBatchStatus.Completed;
        batch.CompletedAt = clock.GetUtcNow();
        batch.LeaseUntil = null;
        batch.LeaseHolder = null;
        // The applied rows live on in the staff streams; the copies waiting in chunks are not kept.
        session.DeleteWhere<HrBatchChunk>(c => c.BatchId == batchId);
        return Task.CompletedTask;
    }, ct);

    private async Task<bool> Write(Func<IDocumentSession, HrBatch, Task> change, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (!Held) return false;
            await using var session = sessions.OpenSession();
            var batch = await session.LoadAsync<HrBatch>(batchId, ct);
            if (batch is null || batch.LeaseHolder != holder || batch.Status != HrBatchStatus.Processing) return Held = false;
            await change(session, batch);
            if (batch.Status == HrBatchStatus.Processing) batch.LeaseUntil = clock.GetUtcNow() + length;
            session.Store(batch);
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (JasperFx.ConcurrencyException)
        {
            return Held = false; // another replica claimed it between our load and save
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task Beat()
    {
        using var timer = new PeriodicTimer(length / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token) && Held)
            {
                // A renewal that fails (the database is away) is not fatal: the next beat or the next chunk renews.
                try { await Write((_, _) => Task.CompletedTask, stop.Token); }
                catch (Exception ex) when (ex is not OperationCanceledException) { }
            }
        }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await heartbeat;
        stop.Dispose();
        gate.Dispose();
    }
}
