using AccountGov.AccountRequests.Api;
using AccountGov.Approvals.Api;
using AccountGov.Custody.Api;
using AccountGov.Notifications.Api;
using AccountGov.Testing;

namespace AccountGov.Journeys.IntegrationTests;

/// <summary>The four services in process on one virtual host, Notifications sending to a real SMTP server on a TCP port.</summary>
public sealed class MailedSystemFixture : IAsyncLifetime
{
    public const string Portal = "http://portal.test";
    private readonly string keyFile = Path.Combine(Path.GetTempPath(), $"accountgov-kek-{Guid.NewGuid():N}");

    public TestEnvironment Environment { get; private set; } = null!;
    public SmtpTestServer Smtp { get; } = new();
    public ServiceHost<AccountRequestsApi> Requests { get; private set; } = null!;
    public ServiceHost<ApprovalsApi> Approvals { get; private set; } = null!;
    public ServiceHost<CustodyApi> Custody { get; private set; } = null!;
    public ServiceHost<NotificationsApi> Notifications { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("mailjourney");
        Smtp.Start();
        Requests = new ServiceHost<AccountRequestsApi>(Environment, AccountRequestsModule.ServiceName);
        Approvals = new ServiceHost<ApprovalsApi>(Environment, ApprovalsModule.ServiceName);
        Custody = new ServiceHost<CustodyApi>(Environment, CustodyModule.ServiceName, new Dictionary<string, string?> { ["Custody:KeyFile"] = keyFile });
        Notifications = new ServiceHost<NotificationsApi>(Environment, NotificationsModule.ServiceName, new Dictionary<string, string?>
        {
            ["Notifications:PortalBaseUrl"] = Portal,
            ["Notifications:Smtp:Port"] = Smtp.Port.ToString(),
            ["Notifications:QuietHours"] = "false", // tests run at any hour
            ["Notifications:PollInterval"] = "00:00:00.100",
        });
        await Task.WhenAll(Requests.StartAsync(), Approvals.StartAsync(), Custody.StartAsync(), Notifications.StartAsync());
    }

    public async Task DisposeAsync()
    {
        await Notifications.DisposeAsync();
        await Custody.DisposeAsync();
        await Approvals.DisposeAsync();
        await Requests.DisposeAsync();
        await Smtp.DisposeAsync();
        await Environment.DisposeAsync();
        File.Delete(keyFile);
    }
}
