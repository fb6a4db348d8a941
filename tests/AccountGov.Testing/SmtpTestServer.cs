using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace AccountGov.Testing;

/// <summary>
/// A real SMTP server (the SmtpServer library) listening on a loopback TCP port. It keeps every message it
/// accepted, parsed, and refuses recipients at the domain <see cref="RejectedDomain"/> with 550. It can be
/// stopped and started again on the same port, to stand for a mail server outage: stopping drops the connections
/// clients keep open, as a crashed server would. It notes the connection (SMTP session) that
/// carried each message.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    public const string RejectedDomain = "rejected.example";

    private SmtpServer.SmtpServer? server;
    private Task? running;
    private CancellationTokenSource? stopping;

    public int Port { get; } = FreePort();
    public ConcurrentQueue<MimeMessage> Received { get; } = new();
    private readonly ConcurrentDictionary<string, Guid> sessionOf = new();

    /// <summary>The SMTP session (connection) that carried a received message.</summary>
    public Guid SessionOf(MimeMessage received) => sessionOf[received.MessageId ?? throw new ArgumentException("no Message-ID")];

    public IEnumerable<MimeMessage> To(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The emails whose subject names this account handle (each test's requests have their own).</summary>
    public List<MimeMessage> About(string handle) => Received.Where(m => (m.Subject ?? "").Contains(handle)).ToList();

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Filter());
        server = new SmtpServer.SmtpServer(options, services);
        stopping = new CancellationTokenSource();
        running = server.StartAsync(stopping.Token);
    }

    public async Task StopAsync()
    {
        if (server is null) return;
        server.Shutdown();
        await stopping!.CancelAsync();
        try { await server.ShutdownTask; await running!; }
        catch (OperationCanceledException) { } // the open sessions, cut as intended
        stopping.Dispose();
        server = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Store(SmtpTestServer owner) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = MimeMessage.Load(stream, cancellationToken);
            if (message.MessageId is { } id) owner.sessionOf[id] = context.SessionId;
            owner.Received.Enqueue(message);
            return Task.FromResult(SmtpResponse.Ok);
        }
    }

    private sealed class Filter : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
            Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!string.Equals(to.Host, RejectedDomain, StringComparison.OrdinalIgnoreCase));
    }
}
