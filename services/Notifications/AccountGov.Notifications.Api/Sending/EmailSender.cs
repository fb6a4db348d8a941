using System.Diagnostics;
using AccountGov.ServiceDefaults.Telemetry;
using AccountGov.Notifications.Api.Outbox;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AccountGov.Notifications.Api.Sending;

/// <summary>
/// Sends the pending emails whose time has come, oldest first, and records each outcome at once. One replica sends
/// at a time (a PostgreSQL advisory lock held on its own connection), so two replicas never send one email twice.
/// An email is marked sent right after the mail service accepts it: only a crash in that instant resends one, and
/// then with the same Message-ID. See readme.md.
/// </summary>
public sealed class EmailSender(
    ISessionFactory sessions, IMailSender mail, EmailMetrics metrics, TimeProvider clock, IOptions<NotificationsOptions> options,
    IConfiguration configuration, ILogger<EmailSender> logger) : BackgroundService
{
    private const long LockKey = 0x4E4F544946; // "NOTIF"
    private static readonly ActivitySource Source = new(TelemetrySetup.AccountGovSource);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(configuration.GetConnectionString("EventStore"));
                await connection.OpenAsync(stoppingToken);
                await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockKey})", connection);
                if (await command.ExecuteScalarAsync(stoppingToken) is true)
                    while (!stoppingToken.IsCancellationRequested)
                        if (await SendDueAsync(stoppingToken) == 0) await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly unavailable; pending emails wait in it meanwhile.
                logger.LogWarning("The email sender paused: {Error}", ex.GetType().Name);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }

    /// <summary>Sends one batch; returns how many emails it tried.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        await using var session = sessions.OpenSession();
        var now = clock.GetUtcNow();
        var due = await session.Query<OutgoingEmail>()
            .Where(e => e.Status == EmailStatus.Pending && e.NotBefore <= now)
            .OrderBy(e => e.NotBefore).Take(options.Value.BatchSize).ToListAsync(ct);
        foreach (var email in due)
        {
            var unreachable = await Attempt(email, ct);
            session.Store(email);
            await session.SaveChangesAsync(ct);
            if (unreachable) break; // the rest would fail the same way; they keep their turn
        }
        return due.Count;
    }

    private async Task<bool> Attempt(OutgoingEmail email, CancellationToken ct)
    {
        // The sender polls outside any request: the span joins the trace of the fact that caused the email.
        using var activity = email.TraceParent is { } parent && ActivityContext.TryParse(parent, null, out var context)
            ? Source.StartActivity("email.send", ActivityKind.Client, context)
            : Source.StartActivity("email.send", ActivityKind.Client);
        try
        {
            await mail.SendAsync(email, ct);
            RetryPolicy.AfterSuccess(email, clock.GetUtcNow());
            metrics.Sent.Add(1);
            return false;
        }
        catch (MailSendException ex)
        {
            var outcome = RetryPolicy.AfterFailure(email, ex.Failure, ex.Message, clock.GetUtcNow(), options.Value);
            (outcome == AttemptOutcome.Failed ? metrics.Failed : metrics.Retried).Add(1);
            logger.LogWarning("An email about {FactType} {Fact} was not sent, attempt {Attempt}: {Reason} ({Outcome})",
                email.FactType, email.Fact, email.Attempts, ex.Message, outcome);
            return ex.Failure == MailFailure.Unreachable;
        }
    }
}
