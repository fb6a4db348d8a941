using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace AccountGov.Testing;

/// <summary>
/// A TCP proxy between a test host and a server (PostgreSQL, RabbitMQ) that injects faults on demand without
/// touching the shared server: <see cref="ResetAll"/> sends RST on every live connection, <see cref="Refuse"/> stops
/// listening, <see cref="Hang"/> holds every byte (connections stay open, nothing arrives: a partition or a hung peer),
/// <see cref="Latency"/> delays each chunk. <see cref="Heal"/> goes back to passing bytes straight through.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private static readonly TaskCompletionSource OpenFlow = Open();
    private readonly string upstreamHost;
    private readonly int upstreamPort;
    private readonly ConcurrentDictionary<ProxiedConnection, byte> live = new();
    private readonly CancellationTokenSource stopping = new();
    private TaskCompletionSource flowing = OpenFlow;
    private TcpListener? listener;
    private TimeSpan latency = TimeSpan.Zero;
    private int accepted;

    private FaultProxy(string upstreamHost, int upstreamPort, int port)
    {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        Port = port;
    }

    public int Port { get; }
    public int LiveConnections => live.Count;
    public int AcceptedConnections => Volatile.Read(ref accepted);

    public static FaultProxy Start(string upstreamHost, int upstreamPort)
    {
        var proxy = new FaultProxy(upstreamHost, upstreamPort, Ports.Free());
        proxy.Listen();
        return proxy;
    }

    /// <summary>RST on every live connection, both sides; new connections are accepted as before.</summary>
    public void ResetAll()
    {
        foreach (var connection in live.Keys) connection.Reset();
    }

    /// <summary>Stops listening, so a connect is refused; live connections are reset.</summary>
    public void Refuse()
    {
        Interlocked.Exchange(ref listener, null)?.Stop();
        ResetAll();
    }

    /// <summary>Holds every byte in both directions; connections stay open and new ones are accepted.</summary>
    public void Hang() => Interlocked.CompareExchange(ref flowing, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), OpenFlow);

    public void Latency(TimeSpan delay) => latency = delay;

    /// <summary>Passes bytes straight through again, releasing what a hang held, and listens if refusing.</summary>
    public void Heal()
    {
        latency = TimeSpan.Zero;
        Interlocked.Exchange(ref flowing, OpenFlow).TrySetResult();
        if (Volatile.Read(ref listener) is null) Listen();
    }

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private void Listen()
    {
        var l = new TcpListener(IPAddress.Loopback, Port);
        l.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        l.Start();
        Volatile.Write(ref listener, l);
        _ = AcceptLoop(l);
    }

    private async Task AcceptLoop(TcpListener l)
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try { client = await l.AcceptSocketAsync(stopping.Token); }
            catch (Exception) { return; } // stopped: refusing or disposed
            Interlocked.Increment(ref accepted);
            _ = Serve(client);
        }
    }

    private async Task Serve(Socket client)
    {
        var upstream = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await upstream.ConnectAsync(upstreamHost, upstreamPort, stopping.Token);
        }
        catch (Exception)
        {
            new ProxiedConnection(client, upstream).Reset();
            return;
        }
        var connection = new ProxiedConnection(client, upstream);
        live[connection] = 0;
        try
        {
            await Task.WhenAny(Pump(client, upstream), Pump(upstream, client));
        }
        finally
        {
            live.TryRemove(connection, out _);
            connection.Close();
        }
    }

    private async Task Pump(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, stopping.Token);
                if (read == 0) return;
                await Volatile.Read(ref flowing).Task.WaitAsync(stopping.Token);
                if (latency > TimeSpan.Zero) await Task.Delay(latency, stopping.Token);
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, stopping.Token);
            }
        }
        catch (Exception)
        {
            // A reset, either side closing, or the proxy stopping: the connection ends.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        Interlocked.Exchange(ref listener, null)?.Stop();
        ResetAll();
        Interlocked.Exchange(ref flowing, OpenFlow).TrySetResult();
        stopping.Dispose();
    }

    private sealed class ProxiedConnection(Socket client, Socket upstream)
    {
        /// <summary>Linger 0 makes Close send RST instead of FIN: the peer sees "connection reset".</summary>
        public void Reset()
        {
            foreach (var socket in new[] { client, upstream })
            {
                try { socket.LingerState = new LingerOption(true, 0); } catch (Exception) { }
                socket.Close();
            }
        }

        public void Close()
        {
            client.Close();
            upstream.Close();
        }
    }
}
