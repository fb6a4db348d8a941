using AccountGov.EventSourcing.Consuming;
using AccountGov.Testing;
using Marten;

namespace AccountGov.Notifications.IntegrationTests;

/// <summary>
/// Delivers contract messages one at a time, each only after the previous one was consumed (its MessageId
/// recorded), as they would arrive when the services run one step after another.
/// </summary>
public sealed class Journey(NotificationsFixture fixture)
{
    private readonly List<Guid> delivered = [];

    public IReadOnlyList<Guid> Delivered => delivered;

    public async Task Deliver<T>(T message) where T : class
    {
        var messageId = Guid.NewGuid();
        delivered.Add(messageId);
        await fixture.Publish(message, messageId);
        await Eventually.True(() => Consumed(fixture, messageId), what: $"{typeof(T).Name} consumed");
    }

    /// <summary>Every delivered fact consumed and every email it staged sent: nothing more can arrive from them.</summary>
    public async Task AllSent()
    {
        var facts = delivered.Select(d => d.ToString("N")).ToHashSet();
        await Eventually.True(async () => (await fixture.Emails(e => facts.Contains(e.Fact)))
            .All(e => e.Status != Api.Outbox.EmailStatus.Pending), what: "every staged email sent");
    }

    /// <summary>The message's record is committed: its consumer has run (and staged, or deferred, what it causes).</summary>
    public static async Task<bool> Consumed(NotificationsFixture fixture, Guid messageId)
    {
        await using var session = fixture.Host.Get<IDocumentStore>().QuerySession();
        var suffix = ":" + messageId.ToString("N");
        return (await session.Query<ProcessedMessage>().ToListAsync()).Any(p => p.Id.EndsWith(suffix));
    }
}
