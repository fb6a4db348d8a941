using System.Diagnostics;
using AccountGov.Notifications.Api.Digest;
using AccountGov.Notifications.Api.Notices;
using AccountGov.Notifications.Api.People;
using Marten;
using Microsoft.Extensions.Options;

namespace AccountGov.Notifications.Api.Outbox;

/// <summary>
/// Stages a decision on the consumer's session (the consumer commits it with its record of the message): closes
/// topics, inserts one <see cref="OutgoingEmail"/> per notice, and opens waiting items for the digest.
/// </summary>
public sealed class EmailOutbox(AddressBook addresses, WorkingHours hours, TimeProvider clock, IOptions<NotificationsOptions> options)
{
    public async Task Stage(IDocumentSession session, Guid messageId, string factType, Decision decision,
        RequestContacts? request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var topic in decision.Closes.Distinct())
            session.DeleteWhere<WaitingItem>(w => w.Topic == topic);

        foreach (var notice in decision.Notices)
        {
            var address = await addresses.Find(notice.To, request, ct);
            session.Insert(new OutgoingEmail
            {
                Id = OutgoingEmail.IdFor(messageId.ToString("N"), notice.To.Key),
                Fact = messageId.ToString("N"), FactType = factType, RecipientKey = notice.To.Key,
                RecipientName = address?.Name ?? "", Address = address?.Email ?? "",
                Subject = notice.Subject, Body = address is null ? notice.Body : Letter.Wrap(address.Name, notice.Body),
                Urgent = notice.Urgent, CreatedAt = now, TraceParent = Activity.Current?.Id,
                NotBefore = notice.Urgent || !options.Value.QuietHours ? now : hours.NextOpen(now),
                // Nobody to send it to: recorded as failed, visible, never retried.
                Status = address is null ? EmailStatus.Failed : EmailStatus.Pending,
                LastError = address is null ? "No address is known for this recipient." : null,
            });
            if (notice.Opens is { } opens && address is not null) Open(session, notice.To, address, opens, now);
        }

        foreach (var awaiting in decision.Quiet)
            if (await addresses.Find(awaiting.To, request, ct) is { } address)
                Open(session, awaiting.To, address, awaiting.Waiting, now);
    }

    private static void Open(IDocumentSession session, To to, Address address, Waiting waiting, DateTimeOffset now) =>
        session.Store(new WaitingItem(WaitingItem.IdFor(to.Key, waiting.Topic), to.Key, address.Name, address.Email,
            waiting.Topic, waiting.Line, now));
}
