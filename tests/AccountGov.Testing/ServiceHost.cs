using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountGov.Testing;

/// <summary>
/// One AccountGov service in process, on this class's database and virtual host, in the Development
/// environment (so /dev/token issues persona tokens). Everything it logs is captured for leak checks.
/// </summary>
public class ServiceHost<TEntryPoint>(
    TestEnvironment environment, string service, IReadOnlyDictionary<string, string?>? extraSettings = null,
    string hostEnvironment = "Development")
    : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    public CapturedLogs Logs { get; } = new();
    public string ServiceName => service;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(hostEnvironment);
        var settings = environment.SettingsFor(service);
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>()) settings[key] = value;
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(s => s.AddLogging(l => l.AddProvider(Logs)));
    }

    /// <summary>An HTTP client carrying a development token for the persona.</summary>
    public Task<HttpClient> ClientFor(string userId, params string[] roles) => DevTokens.SignIn(CreateClient(), userId, roles);

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Starts the host and waits until /health/ready reports every check Healthy, the bus included: a message
    /// published before a consumer's queue is bound would have nowhere to go.
    /// </summary>
    public async Task<ServiceHost<TEntryPoint>> StartAsync()
    {
        var client = CreateClient();
        await Eventually.True(async () =>
        {
            var response = await client.GetAsync("/health/ready");
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode && body.Contains("\"status\":\"Healthy\",\"checks\"");
        }, what: $"{service} to be ready");
        return this;
    }

    /// <summary>
    /// Waits until the bus has bound every receive endpoint (the "bus" readiness check Healthy), whatever the other
    /// checks say. The bus starts in the background; RabbitMQ drops a message published before its queue is bound,
    /// and a test waiting for what that message causes would wait in vain.
    /// </summary>
    public async Task WaitForBusAsync(TimeSpan? within = null)
    {
        var probe = CreateClient();
        await Eventually.True(async () =>
        {
            var ready = await probe.GetStringAsync("/health/ready").ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "");
            return ready.Contains("\"bus\":{\"status\":\"Healthy\"");
        }, within: within ?? TimeSpan.FromMinutes(2), what: $"{service}'s bus to bind its queues");
    }
}
