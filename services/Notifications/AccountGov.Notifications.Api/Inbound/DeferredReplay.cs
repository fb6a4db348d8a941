using AccountGov.Notifications.Api.People;
using Marten;
using MassTransit;
using Microsoft.Extensions.Options;

namespace AccountGov.Notifications.Api.Inbound;

/// <summary>
/// Sends each <see cref="DeferredNotice"/> back to its queue once the request or account it waits for is known.
/// Every replica may do it: a replay carries a fixed id, so the consumer handles it once. A replay not yet handled
/// after a minute (the broker was away, or this process stopped between marking and sending) is sent again.
/// </summary>
public sealed class DeferredReplay(
    ISessionFactory sessions, IBus bus, TimeProvider clock, IOptions<NotificationsOptions> options,
    ILogger<DeferredReplay> logger) : BackgroundService
{
    private static readonly TimeSpan ReplayAgainAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await ReplayDueAsync(stoppingToken) > 0) continue;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Replaying deferred notices paused: {Error}", ex.GetType().Name);
            }
            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
        }
    }

    /// <summary>Replays up to 100 notices whose request or account is now known; returns how many.</summary>
    public async Task<int> ReplayDueAsync(CancellationToken ct)
    {
        await using var session = sessions.OpenSession();
        var again = clock.GetUtcNow() - ReplayAgainAfter;
        // Set-based: one query finds the notices whose subject has arrived, however many still wait for theirs.
        var due = await session.QueryAsync<DeferredNotice>("""
            select d.data from public.mt_doc_deferrednotice as d
            where (exists (select 1 from public.mt_doc_requestcontacts r where r.id = (d.data ->> 'waitsFor')::uuid)
                or exists (select 1 from public.mt_doc_accountcontacts a where a.id = (d.data ->> 'waitsFor')::uuid))
              and (d.data ->> 'replayedAt' is null or (d.data ->> 'replayedAt')::timestamptz < ?)
            order by d.data ->> 'since' limit 100
            """, ct, again);
        // Marked before it is sent, and by an UPDATE: a replay handled at once deletes its notice, and neither this
        // replica nor another may write it back afterwards, or it would be sent again every minute, to no one.
        var now = clock.GetUtcNow();
        foreach (var notice in due)
            session.QueueSqlCommand("update public.mt_doc_deferrednotice set data = jsonb_set(data, '{replayedAt}', to_jsonb(?::timestamptz)) where id = ?",
                now, notice.Id);
        await session.SaveChangesAsync(ct);
        foreach (var notice in due)
        {
            var (message, type) = notice.Read();
            var endpoint = await bus.GetSendEndpoint(new Uri(notice.Queue));
            await endpoint.Send(message, type, c =>
            {
                c.MessageId = notice.ReplayId;
                c.Headers.Set(DeferredNotice.Header, notice.Id);
            }, ct);
        }
        return due.Count;
    }
}
