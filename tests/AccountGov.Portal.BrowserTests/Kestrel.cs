using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AccountGov.Portal.BrowserTests;

public static class Kestrel
{
    /// <summary>
    /// Puts the factory on a real socket, on a port free just now. An explicit endpoint, because the services'
    /// appsettings name their make-up ports in "Urls", and because the browser and the Portal need the real port.
    /// </summary>
    public static Uri Listen<T>(WebApplicationFactory<T> factory) where T : class
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        factory.UseKestrel(o => o.ListenLocalhost(port));
        return new Uri($"http://localhost:{port}/");
    }
}
