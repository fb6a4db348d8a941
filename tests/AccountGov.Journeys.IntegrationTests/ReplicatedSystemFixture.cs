using AccountGov.AccountRequests.Api;
using AccountGov.Approvals.Api;
using AccountGov.Custody.Api;
using AccountGov.Notifications.Api;
using AccountGov.Testing;

namespace AccountGov.Journeys.IntegrationTests;

/// <summary>
/// Two processes of each of the four services, as `make up REPLICAS=2` runs them: each pair on one database, all on
/// one virtual host, Notifications sending to a real SMTP server. The processes are the services' own build output.
/// </summary>
public sealed class ReplicatedSystemFixture : IAsyncLifetime
{
    public const string Portal = "http://portal.test";
    private readonly string keyFile = Path.Combine(Path.GetTempPath(), $"accountgov-kek-{Guid.NewGuid():N}");
    private readonly List<ServiceProcess> processes = [];

    public TestEnvironment Environment { get; private set; } = null!;
    public SmtpTestServer Smtp { get; } = new();
    public ServiceProcess[] Requests { get; private set; } = [];
    public ServiceProcess[] Approvals { get; private set; } = [];
    public ServiceProcess[] Custody { get; private set; } = [];
    public ServiceProcess[] Notifications { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("replicas");
        Smtp.Start();
        (string Project, string Service, Dictionary<string, string?> Settings)[] services =
        [
            ("AccountRequests/AccountGov.AccountRequests.Api", AccountRequestsModule.ServiceName, []),
            ("Approvals/AccountGov.Approvals.Api", ApprovalsModule.ServiceName, []),
            ("Custody/AccountGov.Custody.Api", CustodyModule.ServiceName, new() { ["Custody:KeyFile"] = keyFile }),
            ("Notifications/AccountGov.Notifications.Api", NotificationsModule.ServiceName, new()
            {
                ["Notifications:PortalBaseUrl"] = Portal,
                ["Notifications:Smtp:Host"] = "127.0.0.1",
                ["Notifications:Smtp:Port"] = Smtp.Port.ToString(),
                ["Notifications:QuietHours"] = "false", // tests run at any hour
                ["Notifications:PollInterval"] = "00:00:00.100",
            }),
        ];
        foreach (var (_, service, settings) in services)
            foreach (var (key, value) in Environment.SettingsFor(service)) settings[key] = value;

        // The first of each pair creates its database and schema; the second then joins it, as a rollout would.
        var first = services.Select(s => ServiceProcess.Start(s.Project, $"{s.Service}-1", s.Settings)).ToArray();
        processes.AddRange(first);
        await Task.WhenAll(first.Select(p => p.WaitUntilHealthy()));
        var second = services.Select(s => ServiceProcess.Start(s.Project, $"{s.Service}-2", s.Settings)).ToArray();
        processes.AddRange(second);
        await Task.WhenAll(second.Select(p => p.WaitUntilHealthy()));

        ServiceProcess[] Pair(int i) => [first[i], second[i]];
        (Requests, Approvals, Custody, Notifications) = (Pair(0), Pair(1), Pair(2), Pair(3));
    }

    public async Task DisposeAsync()
    {
        foreach (var process in processes) await process.DisposeAsync();
        await Smtp.DisposeAsync();
        await Environment.DisposeAsync();
        File.Delete(keyFile);
    }
}
