using AccountGov.ServiceDefaults.Health;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AccountGov.EventSourcing.Messaging;

public static class BusSetup
{
    /// <summary>
    /// MassTransit on RabbitMQ with publisher confirms, retries, then the endpoint's <c>_error</c> queue (an unknown
    /// message type goes to <c>_skipped</c>); readiness counts both.
    /// Queues are prefixed with the service name so each service gets its own copy of every message.
    /// The service starts even when the broker is down: the forwarder waits, and readiness says so.
    /// </summary>
    public static void AddAccountGovBus(
        this WebApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator> consumers)
    {
        var rabbit = builder.Configuration.GetSection("RabbitMq").Get<RabbitMqOptions>() ?? new RabbitMqOptions();
        builder.Services.AddMassTransit(x =>
        {
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            x.ConfigureHealthCheckOptions(o =>
            {
                o.Name = "bus";
                o.Tags.Clear();
                o.Tags.Add(HealthSetup.Ready);
            });
            // No usage reports to the vendor: this system runs on closed NHS networks.
            x.DisableUsageTelemetry();
            consumers(x);
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, h =>
                {
                    h.Username(rabbit.Username);
                    h.Password(rabbit.Password);
                    h.PublisherConfirmation = true;
                });
                cfg.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
                cfg.ConfigureEndpoints(context);
            });
        });
        var receiveQueues = new ReceiveQueues();
        builder.Services.AddSingleton(receiveQueues);
        builder.Services.AddReceiveEndpointObserver(_ => receiveQueues);
        builder.Services.AddSingleton<ParkedMessages>();
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration("rabbitmq",
            sp => new RabbitMqHealthCheck(rabbit, receiveQueues, sp.GetRequiredService<ParkedMessages>()), null, [HealthSetup.Ready]));
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(10);
        });
    }
}
