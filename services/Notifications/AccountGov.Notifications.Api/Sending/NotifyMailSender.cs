using System.Text.RegularExpressions;
using AccountGov.Notifications.Api.Outbox;
using Microsoft.Extensions.Options;
using Notify.Client;
using Notify.Exceptions;

namespace AccountGov.Notifications.Api.Sending;

/// <summary>
/// GOV.UK Notify ("Notifications:Sender": "Notify"). One email template in Notify whose subject is ((subject)) and
/// whose body is ((body)); the email's id travels as the client reference, the same on every attempt.
/// </summary>
public sealed partial class NotifyMailSender(IOptions<NotificationsOptions> options) : IMailSender
{
    private readonly Lazy<NotificationClient> client = new(() => new NotificationClient(options.Value.Notify.ApiKey));

    public string Name => "govuk-notify";

    public async Task SendAsync(OutgoingEmail email, CancellationToken ct)
    {
        try
        {
            await client.Value.SendEmailAsync(email.Address, options.Value.Notify.TemplateId,
                new Dictionary<string, dynamic> { ["subject"] = email.Subject, ["body"] = email.Body },
                clientReference: email.Id);
        }
        catch (NotifyClientException ex)
        {
            // Notify answers 400/403 for a request it will never accept, 429 and 5xx for "not now".
            var status = StatusCode().Match(ex.Message) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 0;
            var failure = status is 400 or 403 ? MailFailure.Permanent : status == 0 ? MailFailure.Unreachable : MailFailure.Transient;
            throw new MailSendException(failure, $"GOV.UK Notify refused the email (status {status}).", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new MailSendException(MailFailure.Unreachable, $"GOV.UK Notify could not be reached: {ex.GetType().Name}.", ex);
        }
    }

    /// <summary>Readiness: Notify is configured. Reaching it would spend a request against the service's rate limit on every probe.</summary>
    public Task<string?> ProbeAsync(CancellationToken ct) => Task.FromResult(
        string.IsNullOrWhiteSpace(options.Value.Notify.ApiKey) || string.IsNullOrWhiteSpace(options.Value.Notify.TemplateId)
            ? "GOV.UK Notify needs Notifications:Notify:ApiKey and :TemplateId."
            : null);

    [GeneratedRegex(@"Status code (\d{3})")]
    private static partial Regex StatusCode();
}
