using System.Threading.Channels;
using Marten;

namespace AccountGov.Custody.Api.Hr.Batches;

/// <summary>
/// Applies queued HR files in the background, so a 10,000-row file is answered 202 at once. Any replica may take
/// a queued batch, or one whose lease has lapsed (its processor died); the claim is an optimistic-concurrency
/// write on the batch document, so only one replica wins it.
/// </summary>
public sealed class HrBatchWorker(IDocumentStore store, HrBatchProcessor processor, TimeProvider clock, ILogger<HrBatchWorker> logger)
    : BackgroundService
{
    private readonly Channel<Guid> wakeUp = Channel.CreateBounded<Guid>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });

    /// <summary>A batch was queued on this replica: look now rather than at the next poll.</summary>
    public void Nudge(Guid batchId) => wakeUp.Writer.TryWrite(batchId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ClaimNext(stoppingToken) is { } batchId)
                    await processor.Process(batchId, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("HR batch worker failed: {Error}", ex.GetType().Name);
            }
            using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            poll.CancelAfter(TimeSpan.FromSeconds(5));
            try { await wakeUp.Reader.ReadAsync(poll.Token); }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
        }
    }

    private async Task<Guid?> ClaimNext(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        var batch = await session.Query<HrBatch>()
            .Where(b => b.Status == HrBatchStatus.Queued || (b.Status == HrBatchStatus.Processing && b.LeaseUntil < now))
            .OrderBy(b => b.ReceivedAt).FirstOrDefaultAsync(ct);
        if (batch is null) return null;
        batch.Status = HrBatchStatus.Processing;
        batch.LeaseUntil = now + HrBatchProcessor.Lease;
        session.Store(batch);
        try
        {
            await session.SaveChangesAsync(ct);
            return batch.Id;
        }
        catch (JasperFx.ConcurrencyException)
        {
            return null; // another replica claimed it first
        }
    }
}
