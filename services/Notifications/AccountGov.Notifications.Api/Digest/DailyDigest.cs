using AccountGov.Notifications.Api.Notices;
using AccountGov.Notifications.Api.Outbox;
using Marten;
using Microsoft.Extensions.Options;

namespace AccountGov.Notifications.Api.Digest;

/// <summary>A business day's digest has been written; its id is the day.</summary>
public sealed record DigestRun(string Id, DateTimeOffset At);

/// <summary>
/// Once each business day, from "Notifications:DigestAt" (organisation time), one email per recipient listing
/// everything still waiting for them. All of a day's digests and the day's <see cref="DigestRun"/> commit in one
/// transaction, inserted: a second replica (or a second tick) conflicts and writes nothing.
/// </summary>
public sealed class DailyDigest(ISessionFactory sessions, WorkingHours hours, IOptions<NotificationsOptions> options)
{
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = hours.Today(now);
        if (!hours.IsBusinessDay(today) || hours.TimeOfDay(now) < options.Value.DigestAt) return 0;
        var day = today.ToString("yyyy-MM-dd");
        await using var session = sessions.OpenSession();
        if (await session.LoadAsync<DigestRun>(day, ct) is not null) return 0;

        var items = await session.Query<WaitingItem>().ToListAsync(ct);
        var digests = items.GroupBy(i => i.RecipientKey).Select(g => Compose(g.ToList(), day, now)).ToList();
        foreach (var digest in digests) session.Insert(digest);
        session.Insert(new DigestRun(day, now));
        await session.SaveChangesAsync(ct);
        return digests.Count;
    }

    public static OutgoingEmail Compose(IReadOnlyList<WaitingItem> items, string day, DateTimeOffset now)
    {
        var first = items[0];
        var lines = string.Join("\n", items.OrderBy(i => i.OpenedAt).Select(i => $"- {i.Line}"));
        return new OutgoingEmail
        {
            Id = OutgoingEmail.IdFor($"digest:{day}", first.RecipientKey), Fact = $"digest:{day}", FactType = "DailyDigest",
            RecipientKey = first.RecipientKey, RecipientName = first.RecipientName, Address = first.Address,
            Subject = $"AccountGov: {items.Count} {(items.Count == 1 ? "item waits" : "items wait")} for you",
            Body = Letter.Wrap(first.RecipientName, $"These still wait for you in AccountGov:\n\n{lines}"),
            Status = EmailStatus.Pending, CreatedAt = now, NotBefore = now,
        };
    }
}
