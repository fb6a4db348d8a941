using System.Threading.Channels;
using Marten;

namespace AccountGov.Custody.Api.Hr.Batches;

/// <summary>
/// Applies queued HR files in the background, so a 10,000-row file is answered 202 at once. Any replica may take
/// a queued batch, or one whose lease has lapsed (its processor died); the claim is an optimistic-concurrency
/// write on the batch document, so only one replica wins it. A batch that stopped on a lasting fault is released
/// at once, so it resumes at the next poll rather than after its lease.
/// </summary>
public sealed class HrBatchWorker(ISessionFactory sessions, HrBatchProcessor processor, HrUploadCleanup cleanup, TimeProvider clock,
    ILogger<HrBatchWorker> logger) : BackgroundService
{
    private readonly Channel<Guid> wakeUp = Channel.CreateBounded<Guid>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });

    /// <summary>A batch was queued on this replica: look now rather than at the next poll.</summary>
    public void Nudge(Guid batchId) => wakeUp.Writer.TryWrite(batchId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            (Guid Id, Guid Holder)? current = null;
            try
            {
                while ((current = await ClaimNext(stoppingToken)) is { } claim)
                    await processor.Process(claim.Id, claim.Holder, stoppingToken);
                await cleanup.RemoveAbandonedUploads(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("HR batch worker failed: {Error}", ex.GetType().Name);
                if (current is { } stopped) await Release(stopped.Id, stopped.Holder);
            }
            using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            poll.CancelAfter(TimeSpan.FromSeconds(5));
            try { await wakeUp.Reader.ReadAsync(poll.Token); }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
        }
    }

    private async Task<(Guid, Guid)?> ClaimNext(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var session = sessions.OpenSession();
        var batch = await session.Query<HrBatch>()
            .Where(b => b.Status == HrBatchStatus.Queued || (b.Status == HrBatchStatus.Processing && b.LeaseUntil < now))
            .OrderBy(b => b.ReceivedAt).FirstOrDefaultAsync(ct);
        if (batch is null) return null;
        var holder = Guid.NewGuid();
        batch.Status = HrBatchStatus.Processing;
        batch.LeaseUntil = now + processor.Lease;
        batch.LeaseHolder = holder;
        session.Store(batch);
        try
        {
            await session.SaveChangesAsync(ct);
            return (batch.Id, holder);
        }
        catch (JasperFx.ConcurrencyException)
        {
            return null; // another replica claimed it first
        }
    }

    /// <summary>Best effort: if the database is still away, the lease lapses on its own.</summary>
    private async Task Release(Guid batchId, Guid holder)
    {
        try
        {
            await using var session = sessions.OpenSession();
            if (await session.LoadAsync<HrBatch>(batchId) is not { } batch || batch.LeaseHolder != holder) return;
            batch.LeaseUntil = clock.GetUtcNow();
            session.Store(batch);
            await session.SaveChangesAsync();
        }
        catch (Exception ex)
        {
            logger.LogWarning("HR batch {BatchId} could not be released: {Error}", batchId, ex.GetType().Name);
        }
    }
}
