using AccountGov.EventSourcing.Marten;
using AccountGov.EventSourcing.Messaging;
using AccountGov.Notifications.Api.Digest;
using AccountGov.Notifications.Api.Inbound;
using AccountGov.Notifications.Api.Notices;
using AccountGov.Notifications.Api.Outbox;
using AccountGov.Notifications.Api.People;
using AccountGov.Notifications.Api.Reading;
using AccountGov.Notifications.Api.Retention;
using AccountGov.Notifications.Api.Sending;
using AccountGov.ServiceDefaults.Health;
using AccountGov.ServiceDefaults.Time;
using Marten;
using MassTransit;
using Microsoft.Extensions.Options;

namespace AccountGov.Notifications.Api;

public static class NotificationsModule
{
    public const string ServiceName = "notifications";

    public static void AddNotifications(this WebApplicationBuilder builder)
    {
        builder.AddAccountGovMarten(opts =>
        {
            // The sender asks every poll for the oldest due Pending emails. On NotBefore alone that walked every email
            // kept (90 days of them): 97 ms a poll at 14,500 emails (EXPLAIN ANALYZE, bench/readme.md). Status first
            // reads only the Pending ones. CreatedAt orders the /emails list and bounds the retention purge.
            opts.Schema.For<OutgoingEmail>().Index(e => new { e.Status, e.NotBefore }).Index(e => e.CreatedAt);
            opts.Schema.For<WaitingItem>().Index(w => w.Topic);
            opts.Schema.For<DigestRun>();
            opts.Schema.For<DeferredNotice>();
        });
        builder.AddAccountGovBus(ServiceName, x => x.AddConsumers(typeof(NotificationsModule).Assembly));

        var section = builder.Configuration.GetSection("Notifications");
        builder.Services.Configure<NotificationsOptions>(section);
        builder.Services.Configure<DirectoryOptions>(builder.Configuration.GetSection("Directory"));
        builder.Services.AddSingleton<IDirectory, ConfigurationDirectory>();
        builder.Services.AddSingleton<AddressBook>();
        builder.Services.AddSingleton(sp => new Links(Options(sp).PortalBaseUrl));
        builder.Services.AddSingleton(sp => new WorkingHours(sp.GetRequiredService<BusinessCalendar>(),
            TimeZoneInfo.FindSystemTimeZoneById(Options(sp).TimeZone), Options(sp).WorkingHours.Start, Options(sp).WorkingHours.End));
        builder.Services.AddSingleton<EmailOutbox>();
        builder.Services.AddScoped<ConsumerServices>();

        if (string.Equals(section["Sender"], "Notify", StringComparison.OrdinalIgnoreCase))
            builder.Services.AddSingleton<IMailSender, NotifyMailSender>();
        else
            builder.Services.AddSingleton<IMailSender, SmtpMailSender>();
        builder.Services.AddSingleton<EmailMetrics>();
        builder.Services.AddHostedService<EmailSender>();
        builder.Services.AddHostedService<DeferredReplay>();
        builder.Services.AddHealthChecks().AddCheck<MailHealthCheck>("mail", tags: [HealthSetup.Ready]);

        builder.Services.AddSingleton<DailyDigest>();
        builder.Services.AddSingleton<RetentionPurge>();
        builder.Services.AddHostedService<Housekeeper>();
    }

    public static void MapNotifications(this WebApplication app)
    {
        app.MapGroup("/emails").WithTags("Emails").MapListEmails();
    }

    private static NotificationsOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<NotificationsOptions>>().Value;
}

/// <summary>Marks the entry assembly for WebApplicationFactory without the ambiguity of several Program types.</summary>
public sealed class NotificationsApi;
