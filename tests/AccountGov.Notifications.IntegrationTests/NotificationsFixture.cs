using AccountGov.Notifications.Api;
using AccountGov.Notifications.Api.Outbox;
using AccountGov.Testing;
using Marten;
using MassTransit;

namespace AccountGov.Notifications.IntegrationTests;

/// <summary>
/// Notifications in process on this class's database and virtual host, sending to an in-process SMTP server on a
/// TCP port. Quiet hours are off (tests run at any hour); retries are quick.
/// </summary>
public sealed class NotificationsFixture : IAsyncLifetime
{
    public const string Portal = "http://portal.test";

    public TestEnvironment Environment { get; private set; } = null!;
    public SmtpTestServer Smtp { get; } = new();
    public ServiceHost<NotificationsApi> Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("notifications");
        Smtp.Start();
        Host = await NewHost().StartAsync();
    }

    /// <summary>A host on the same database and virtual host: a restart of the service.</summary>
    public ServiceHost<NotificationsApi> NewHost() => new(Environment, NotificationsModule.ServiceName, new Dictionary<string, string?>
    {
        ["Notifications:PortalBaseUrl"] = Portal,
        ["Notifications:Smtp:Port"] = Smtp.Port.ToString(),
        ["Notifications:QuietHours"] = "false",
        ["Notifications:PollInterval"] = "00:00:00.100",
        ["Notifications:FirstRetryAfter"] = "00:00:00.200",
        ["Notifications:MaxRetryAfter"] = "00:00:01",
        ["Notifications:HousekeepingInterval"] = "01:00:00",
    });

    /// <summary>
    /// Stops the host and starts another on the same database. It waits for readiness to answer 200, which a
    /// Degraded mail check still does: the service takes messages while its mail server is away.
    /// </summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        // MassTransit keeps the first bus's log context in a static; it refers to the disposed host's logger factory.
        LogContext.Current = null;
        Host = NewHost();
        var client = Host.CreateClient();
        await Eventually.True(async () => (await client.GetAsync("/health/ready")).IsSuccessStatusCode, what: "the restarted host");
    }

    /// <summary>Publishes as the producing service's forwarder does: the MessageId is the fact's id.</summary>
    public Task Publish<T>(T message, Guid messageId) where T : class =>
        Host.Get<IBus>().Publish(message, ctx => ctx.MessageId = messageId);

    public async Task<IReadOnlyList<OutgoingEmail>> Emails(Func<OutgoingEmail, bool> which)
    {
        await using var session = Host.Get<IDocumentStore>().QuerySession();
        return (await session.Query<OutgoingEmail>().ToListAsync()).Where(which).ToList();
    }

    public int Redeliveries(Guid messageId) =>
        Host.Logs.Lines.Count(l => l.Contains("already handled") && l.Contains(messageId.ToString()));

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Smtp.DisposeAsync();
        await Environment.DisposeAsync();
    }
}
