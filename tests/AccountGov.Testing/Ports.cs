using System.Net;
using System.Net.Sockets;

namespace AccountGov.Testing;

internal static class Ports
{
    /// <summary>A loopback port nobody listens on now: bind to 0, read the port the kernel chose, let it go.</summary>
    public static int Free()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
