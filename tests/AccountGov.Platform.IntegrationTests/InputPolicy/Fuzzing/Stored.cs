using AccountGov.Testing;
using Marten;
using Marten.Events;

namespace AccountGov.Platform.IntegrationTests.InputPolicy.Fuzzing;

/// <summary>What a host has stored, for "a refused request stored nothing".</summary>
public static class Stored
{
    public static async Task<long> Events<T>(ServiceHost<T> host) where T : class
    {
        await using var q = host.Get<IDocumentStore>().QuerySession();
        return await q.Events.QueryAllRawEvents().LongCountAsync();
    }

    /// <summary>Events plus Custody's stored documents that are not events: HR batches and their chunks, vault entries.</summary>
    public static async Task<long> Everything<T>(ServiceHost<T> host) where T : class
    {
        await using var q = host.Get<IDocumentStore>().QuerySession();
        var events = await q.Events.QueryAllRawEvents().LongCountAsync();
        var batches = await q.Query<AccountGov.Custody.Api.Hr.Batches.HrBatch>().LongCountAsync();
        var chunks = await q.Query<AccountGov.Custody.Api.Hr.Batches.HrBatchChunk>().LongCountAsync();
        return events + batches + chunks;
    }

    /// <summary>Lets subscriptions and projections finish what an accepted write started, so the next count is stable.</summary>
    public static Task Settle<T>(ServiceHost<T> host) where T : class =>
        host.Get<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
}
