using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace AccountGov.ServiceDefaults.Auth;

/// <summary>
/// Decides at startup whether development tokens exist at all. Only in Development, only with no authority, only on
/// loopback URLs: a host that anyone else can reach, or that trusts a real authority, stops instead of starting
/// with a token mint anyone could call.
/// </summary>
internal static class DevTokenGuard
{
    public static bool DevTokensEnabled(WebApplicationBuilder builder, AuthOptions options)
    {
        if (!builder.Environment.IsDevelopment() || !options.DevTokens) return false;
        if (!string.IsNullOrWhiteSpace(options.Authority))
            throw new InvalidOperationException(
                "Development tokens (/dev/token) cannot run beside Auth:Authority. Set Auth:DevTokens=false to use the authority.");
        if (!options.DevTokensInLoopbackContainer
            && ListenAddresses(builder.Configuration).FirstOrDefault(a => !IsLoopback(a)) is { } exposed)
            throw new InvalidOperationException(
                $"Development tokens (/dev/token) are served on loopback only, and the host would listen on {exposed}. " +
                "Listen on 127.0.0.1 or localhost, or set Auth:DevTokens=false.");
        return true;
    }

    internal static IEnumerable<string> ListenAddresses(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ports = new[] { configuration["http_ports"], configuration["https_ports"] }.Where(p => !string.IsNullOrWhiteSpace(p));
        // Ports alone bind every interface; Kestrel ignores them when urls are set.
        var fromPorts = urls.Length == 0 ? ports.Select(p => $"http://*:{p}") : [];
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>();
        return urls.Concat(fromPorts).Concat(endpoints);
    }

    internal static bool IsLoopback(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var host = rest.StartsWith('[') ? rest[1..Math.Max(1, rest.IndexOf(']'))] : rest.Split(':', '/')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
