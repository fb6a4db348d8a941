using System.Net.Sockets;
using AccountGov.Notifications.Api.Outbox;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AccountGov.Notifications.Api.Sending;

/// <summary>SMTP through MailKit, the default sender. One connection per email: simple, and nothing half-open to recover.</summary>
public sealed class SmtpMailSender(IOptions<NotificationsOptions> options) : IMailSender
{
    private NotificationsOptions Options => options.Value;

    public string Name => "smtp";

    public async Task SendAsync(OutgoingEmail email, CancellationToken ct)
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

        using var client = new SmtpClient();
        try
        {
            await Connect(client, ct);
            await client.SendAsync(message, ct);
        }
        catch (SmtpCommandException ex)
        {
            var code = (int)ex.StatusCode;
            throw new MailSendException(code >= 500 ? MailFailure.Permanent : MailFailure.Transient,
                $"The SMTP server refused the email: {code} {ex.ErrorCode}.", ex);
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException
                                       or SslHandshakeException or TimeoutException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            throw new MailSendException(MailFailure.Unreachable, $"The SMTP server could not be reached: {ex.GetType().Name}.", ex);
        }
        // Accepted: a failure to say goodbye must not turn into a resend.
        try { await client.DisconnectAsync(true, ct); } catch (Exception) when (!ct.IsCancellationRequested) { }
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

    private async Task Connect(SmtpClient client, CancellationToken ct)
    {
        var smtp = Options.Smtp;
        // Generous: a timeout after the server took the data is the one way an email is sent twice (readme.md).
        client.Timeout = 60_000;
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(smtp.Username)) await client.AuthenticateAsync(smtp.Username, smtp.Password, ct);
    }
}
