using AccountGov.Portal;
using AccountGov.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountGov.Portal.BrowserTests;

/// <summary>The Portal in process, configured to call the given services, with everything it logs captured.</summary>
public sealed class PortalHost(IReadOnlyDictionary<string, string?> settings, string environment = "Development")
    : WebApplicationFactory<PortalApp>
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(s => s.AddLogging(l => l.AddProvider(Logs)));
    }
}
