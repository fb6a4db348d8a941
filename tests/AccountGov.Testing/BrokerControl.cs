using System.Diagnostics;
using DotNet.Testcontainers.Containers;

namespace AccountGov.Testing;

/// <summary>Takes the real broker away and brings it back, for the outage tests.</summary>
public interface IBrokerControl
{
    Task StopAsync();
    Task StartAsync();
}

/// <summary>The local Debian broker: `service rabbitmq-server stop|start` (overridable for other set-ups).</summary>
internal sealed class ServiceCommandBroker : IBrokerControl
{
    public Task StopAsync() => Run(Environment.GetEnvironmentVariable("ACCOUNTGOV_TEST_RABBITMQ_STOP") ?? "service rabbitmq-server stop");

    public async Task StartAsync()
    {
        await Run(Environment.GetEnvironmentVariable("ACCOUNTGOV_TEST_RABBITMQ_START") ?? "service rabbitmq-server start");
        await Run("rabbitmqctl -q await_startup");
    }

    private static async Task Run(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`{command}` exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
    }
}

/// <summary>Testcontainers: pausing keeps the mapped port, which a restart would change.</summary>
internal sealed class ContainerBroker(IContainer broker) : IBrokerControl
{
    public Task StopAsync() => broker.PauseAsync();
    public Task StartAsync() => broker.UnpauseAsync();
}
