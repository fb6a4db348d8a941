using System.Net.Sockets;
using AccountGov.Notifications.Api.Outbox;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AccountGov.Notifications.Api.Sending;

/// <summary>
/// SMTP through MailKit, the default sender. A burst of emails shares one connection: connecting, the greeting,
/// EHLO and (in production) STARTTLS and AUTH cost several round trips and a TLS handshake, far more than the email.
/// The connection closes after <see cref="SmtpOptions.KeepOpenFor"/> without an email, after
/// <see cref="SmtpOptions.MessagesPerConnection"/> emails, and after any failure, so nothing half-open is reused.
/// </summary>
public sealed class SmtpMailSender : IMailSender, IAsyncDisposable
{
    /// <summary>A connection idle this long is checked (NOOP) before reuse: a server may have closed it meanwhile.</summary>
    private static readonly TimeSpan CheckAfterIdle = TimeSpan.FromSeconds(1);

    private readonly IOptions<NotificationsOptions> options;
    private readonly TimeProvider clock;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ITimer idle;
    private SmtpClient? open;
    private int sentOnOpen;
    private DateTimeOffset lastUsed;

    public SmtpMailSender(IOptions<NotificationsOptions> options, TimeProvider clock)
    {
        this.options = options;
        this.clock = clock;
        idle = clock.CreateTimer(_ => _ = CloseIdle(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    private NotificationsOptions Options => options.Value;

    public string Name => "smtp";

    public async Task SendAsync(OutgoingEmail email, CancellationToken ct)
    {
        var message = Compose(email);
        await gate.WaitAsync(ct);
        try
        {
            idle.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            var client = await Connected(ct);
            await client.SendAsync(message, ct);
            sentOnOpen++;
            lastUsed = clock.GetUtcNow();
            if (sentOnOpen >= Options.Smtp.MessagesPerConnection || Options.Smtp.KeepOpenFor <= TimeSpan.Zero) await Close();
            else idle.Change(Options.Smtp.KeepOpenFor, Timeout.InfiniteTimeSpan);
        }
        catch (SmtpCommandException ex)
        {
            await Close();
            var code = (int)ex.StatusCode;
            throw new MailSendException(code >= 500 ? MailFailure.Permanent : MailFailure.Transient,
                $"The SMTP server refused the email: {code} {ex.ErrorCode}.", ex);
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException
                                       or SslHandshakeException or TimeoutException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            // Reported as unreachable, so the email keeps its turn and goes again, with the same Message-ID, on a new
            // connection: a server that closed a kept connection costs a retry, never an attempt.
            await Close();
            throw new MailSendException(MailFailure.Unreachable, $"The SMTP server could not be reached: {ex.GetType().Name}.", ex);
        }
        catch
        {
            // Stopping mid-send, or anything unforeseen: the connection's state is unknown, so it is not reused.
            await Close();
            throw;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<string?> ProbeAsync(CancellationToken ct)
    {
        using var client = new SmtpClient();
        try
        {
            await Connect(client, ct);
            await client.NoOpAsync(ct);
            await client.DisconnectAsync(true, ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return $"SMTP {Options.Smtp.Host}:{Options.Smtp.Port} unreachable ({ex.GetType().Name}).";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await idle.DisposeAsync();
        await gate.WaitAsync();
        try { await Close(); }
        finally { gate.Release(); }
    }

    private MimeMessage Compose(OutgoingEmail email)
    {
        var message = new MimeMessage
        {
            Subject = email.Subject,
            MessageId = OutgoingEmail.MessageIdFor(email.Id, Options.MessageIdDomain),
            Body = new TextPart("plain") { Text = email.Body },
        };
        message.From.Add(MailboxAddress.Parse(Options.From));
        message.To.Add(new MailboxAddress(email.RecipientName, email.Address));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    private async Task<SmtpClient> Connected(CancellationToken ct)
    {
        if (open is { IsConnected: true } && await StillOpen(open, ct)) return open;
        await Close();
        var client = new SmtpClient();
        try
        {
            await Connect(client, ct);
        }
        catch
        {
            client.Dispose();
            throw;
        }
        open = client;
        sentOnOpen = 0;
        return client;
    }

    private async Task<bool> StillOpen(SmtpClient client, CancellationToken ct)
    {
        if (clock.GetUtcNow() - lastUsed < CheckAfterIdle) return true;
        try
        {
            await client.NoOpAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException
                                       or SmtpCommandException)
        {
            return false;
        }
    }

    private async Task Connect(SmtpClient client, CancellationToken ct)
    {
        var smtp = Options.Smtp;
        // Generous: a timeout after the server took the data is the one way an email is sent twice (readme.md).
        client.Timeout = 60_000;
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(smtp.Username)) await client.AuthenticateAsync(smtp.Username, smtp.Password, ct);
    }

    private async Task CloseIdle()
    {
        // A send in progress has stopped the timer, and the next one restarts it: only close what nobody is using.
        if (!await gate.WaitAsync(0)) return;
        try { await Close(); }
        finally { gate.Release(); }
    }

    /// <summary>Says goodbye if it can; a failure to do so changes nothing about what was sent.</summary>
    private async Task Close()
    {
        if (open is null) return;
        var client = open;
        open = null;
        try
        {
            if (client.IsConnected) await client.DisconnectAsync(true, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception) { }
        finally { client.Dispose(); }
    }
}
