using Marten;

namespace AccountGov.Custody.Api.Hr.Batches;

/// <summary>
/// An upload that is refused or cut off removes its own chunks; this catches the ones a process left behind when
/// it died mid-upload: chunks with no batch, older than any upload could take. They hold HR data nobody will apply.
/// </summary>
public sealed class HrUploadCleanup(ISessionFactory sessions, TimeProvider clock, IConfiguration configuration)
{
    private readonly TimeSpan age = configuration.GetValue("Hr:Batch:AbandonedUploadAge", TimeSpan.FromHours(1));
    private DateTimeOffset nextRun = DateTimeOffset.MinValue;

    public async Task RemoveAbandonedUploads(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now < nextRun) return;
        nextRun = now + TimeSpan.FromMinutes(5);
        await using var session = sessions.OpenSession();
        var cutoff = now - age;
        var batchIds = await session.Query<HrBatchChunk>().Where(c => c.StoredAt < cutoff).Select(c => c.BatchId).Distinct().ToListAsync(ct);
        if (batchIds.Count == 0) return;
        var known = (await session.LoadManyAsync<HrBatch>(ct, batchIds)).Select(b => b.Id).ToHashSet();
        var abandoned = batchIds.Where(id => !known.Contains(id)).ToArray();
        if (abandoned.Length == 0) return;
        session.DeleteWhere<HrBatchChunk>(c => abandoned.Contains(c.BatchId));
        await session.SaveChangesAsync(ct);
    }

    /// <summary>Removes one upload's chunks; used when the upload itself fails, whatever the request's state.</summary>
    public async Task RemoveUpload(Guid batchId)
    {
        await using var session = sessions.OpenSession();
        session.DeleteWhere<HrBatchChunk>(c => c.BatchId == batchId);
        await session.SaveChangesAsync(CancellationToken.None);
    }
}
