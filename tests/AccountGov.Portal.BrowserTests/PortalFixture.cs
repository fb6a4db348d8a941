using AccountGov.AccountRequests.Api;
using AccountGov.Approvals.Api;
using AccountGov.Custody.Api;
using AccountGov.Testing;
using Microsoft.Playwright;

namespace AccountGov.Portal.BrowserTests;

/// <summary>
/// The three services and the Portal on real Kestrel ports (the browser needs real sockets), on this class's own
/// databases and RabbitMQ virtual host, and one headless Debian chromium.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public ServiceHost<AccountRequestsApi> Requests { get; private set; } = null!;
    public ServiceHost<ApprovalsApi> Approvals { get; private set; } = null!;
    public ServiceHost<CustodyApi> Custody { get; private set; } = null!;
    public PortalHost Portal { get; private set; } = null!;
    public Uri PortalAddress { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("portal");
        Requests = new ServiceHost<AccountRequestsApi>(Environment, AccountRequestsModule.ServiceName);
        Approvals = new ServiceHost<ApprovalsApi>(Environment, ApprovalsModule.ServiceName);
        Custody = new ServiceHost<CustodyApi>(Environment, CustodyModule.ServiceName, new Dictionary<string, string?>
        {
            ["Custody:KeyFile"] = Path.Combine(Path.GetTempPath(), $"accountgov-kek-{Guid.NewGuid():N}"),
            // Files over two rows get the progress resource, so the upload page's progress path runs in the journey.
            ["Hr:Batch:InlineRowLimit"] = "2",
        });
        var requests = Kestrel.Listen(Requests);
        var approvals = Kestrel.Listen(Approvals);
        var custody = Kestrel.Listen(Custody);
        await Task.WhenAll(Requests.StartAsync(), Approvals.StartAsync(), Custody.StartAsync());

        Portal = new PortalHost(new Dictionary<string, string?>
        {
            ["Portal:Services:AccountRequests"] = requests.ToString(),
            ["Portal:Services:Approvals"] = approvals.ToString(),
            ["Portal:Services:Custody"] = custody.ToString(),
            // A revealed password hides after this (30 s by default); the journey moves the page's clock past it.
            ["Portal:Reveal:VisibleSeconds"] = "10",
        });
        PortalAddress = Kestrel.Listen(Portal);
        Portal.StartServer();

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) signed in as the persona through the picker.</summary>
    public async Task<PortalBrowser> SignInAs(string personaName, string screenshotPrefix)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = PortalAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        // Caps against hanging, not targets: on two busy cores a page load took over 30 s (Playwright's default) and
        // an assertion's wait over 5 s. A test that can pass waits only as long as the page takes.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(20_000);
        var browser = new PortalBrowser(await context.NewPageAsync(), screenshotPrefix);
        await browser.Open("/", "sign-in");
        await browser.Page.GetByLabel(personaName, new() { Exact = false }).CheckAsync();
        await browser.Submit("Sign in", "home");
        return browser;
    }

    public async Task DisposeAsync()
    {
        // What the Portal logged, kept beside the screenshots for whoever reads a failure.
        File.WriteAllLines(Path.Combine(PortalBrowser.Screenshots, $"portal-log-{Environment.Name}.txt"), Portal.Logs.Lines);
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Portal.DisposeAsync();
        await Requests.DisposeAsync();
        await Approvals.DisposeAsync();
        await Custody.DisposeAsync();
        await Environment.DisposeAsync();
    }
}
