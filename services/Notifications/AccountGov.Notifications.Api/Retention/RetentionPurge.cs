using AccountGov.Notifications.Api.Digest;
using AccountGov.Notifications.Api.Inbound;
using AccountGov.Notifications.Api.Outbox;
using AccountGov.Notifications.Api.People;
using Marten;
using Microsoft.Extensions.Options;

namespace AccountGov.Notifications.Api.Retention;

/// <summary>
/// Deletes personal data Notifications no longer needs (README "What Notifications stores"): sent and failed
/// emails after "Notifications:EmailRetention", and the people of requests, accounts and handovers, and what
/// waits for them, after "Notifications:ContactRetention" without news. Pending emails are never purged.
/// </summary>
public sealed class RetentionPurge(ISessionFactory sessions, IOptions<NotificationsOptions> options, ILogger<RetentionPurge> logger)
{
    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var emailsBefore = now - options.Value.EmailRetention;
        var contactsBefore = now - options.Value.ContactRetention;
        await using var session = sessions.OpenSession();
        session.DeleteWhere<OutgoingEmail>(e => e.Status != EmailStatus.Pending && e.CreatedAt < emailsBefore);
        session.DeleteWhere<DigestRun>(r => r.At < emailsBefore);
        session.DeleteWhere<RequestContacts>(r => r.UpdatedAt < contactsBefore);
        session.DeleteWhere<AccountContacts>(a => a.UpdatedAt < contactsBefore);
        session.DeleteWhere<HandoverParties>(h => h.UpdatedAt < contactsBefore);
        session.DeleteWhere<WaitingItem>(w => w.OpenedAt < contactsBefore);
        // A message whose request never arrived (a producer's data lost, or a test's) reaches no one: say so, once.
        var deferredBefore = now - options.Value.DeferredFor;
        var dropped = await session.Query<DeferredNotice>().CountAsync(d => d.Since < deferredBefore, ct);
        if (dropped > 0)
        {
            logger.LogWarning("Dropped {Count} notices whose request or account was not heard of within {DeferredFor}", dropped, options.Value.DeferredFor);
            session.DeleteWhere<DeferredNotice>(d => d.Since < deferredBefore);
        }
        await session.SaveChangesAsync(ct);
    }
}
