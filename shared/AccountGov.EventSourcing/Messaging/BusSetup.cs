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
    /// The service starts even when the broker is down: the forwarder waits, and readiness says so (Unhealthy until
    /// the endpoints are first bound, Degraded during a later outage).
    /// </summary>
    public static void AddAccountGovBus(
        this WebApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator> consumers)
    {
        var rabbit = builder.Configuration.GetSection("RabbitMq").Get<RabbitMqOptions>() ?? new RabbitMqOptions();
        builder.Services.AddMassTransit(x =>
        {
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            // MassTransit's own check stays out of readiness: BusReadinessCheck (below) reads the same bus health
            // but keeps a broker outage Degraded once the endpoints have been bound.
            x.ConfigureHealthCheckOptions(o =>
            {
                o.Name = "masstransit";
                o.Tags.Clear();
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
        // Singletons, so the broker check keeps its one connection and the bus check remembers it was bound.
        builder.Services.AddSingleton(sp => new RabbitMqHealthCheck(rabbit, receiveQueues, sp.GetRequiredService<ParkedMessages>()));
        builder.Services.AddSingleton<BusReadinessCheck>();
        builder.Services.AddHealthChecks()
            .Add(new HealthCheckRegistration("bus", sp => sp.GetRequiredService<BusReadinessCheck>(), null, [HealthSetup.Ready]))
            .Add(new HealthCheckRegistration("rabbitmq", sp => sp.GetRequiredService<RabbitMqHealthCheck>(), HealthStatus.Degraded,
                [HealthSetup.Ready], timeout: TimeSpan.FromSeconds(4)));
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(10);
        });
    }
}
