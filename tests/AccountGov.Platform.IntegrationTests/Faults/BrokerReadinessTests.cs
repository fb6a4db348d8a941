using System.Net;
using AccountGov.AccountRequests.Api;
using AccountGov.Testing;

namespace AccountGov.Platform.IntegrationTests.Faults;

/// <summary>
/// Readiness during a broker outage, through a <see cref="FaultProxy"/> in front of the shared broker (which keeps
/// running): the API stays in service and says the broker is Degraded, and every probe shares one broker connection.
/// </summary>
public sealed class BrokerReadinessTests : IAsyncLifetime
{
    private TestEnvironment environment = null!;
    private FaultProxy broker = null!;
    private ServiceHost<AccountRequestsApi> requests = null!;

    public async Task InitializeAsync()
    {
        environment = await TestEnvironment.CreateAsync("readiness");
        broker = FaultProxy.Start(environment.Servers.Rabbit.Host, environment.Servers.Rabbit.Port);
        requests = new ServiceHost<AccountRequestsApi>(environment, AccountRequestsModule.ServiceName,
            new Dictionary<string, string?> { ["RabbitMq:Host"] = "127.0.0.1", ["RabbitMq:Port"] = broker.Port.ToString() });
        await requests.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await requests.DisposeAsync();
        await broker.DisposeAsync();
        await environment.DisposeAsync();
    }

    [Fact]
    public async Task GivenAReadyService_WhenProbedAgainAndAgain_ThenNoProbeOpensANewBrokerConnection()
    {
        var client = requests.CreateClient();
        var before = broker.AcceptedConnections;

        for (var i = 0; i < 5; i++)
            Assert.Contains("\"rabbitmq\":{\"status\":\"Healthy\"", await client.GetStringAsync("/health/ready"));

        Assert.Equal(before, broker.AcceptedConnections);
    }

    [Fact]
    public async Task GivenTheBrokerUnreachable_WhenProbed_ThenTheApiStaysInServiceReportingTheBrokerDegradedAndWritesGoOn()
    {
        var client = requests.CreateClient();

        broker.Refuse();
        var (status, body) = await Eventually.Get(async () =>
        {
            var response = await client.GetAsync("/health/ready");
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }, until: r => r.Body.Contains("\"rabbitmq\":{\"status\":\"Degraded\"") && r.Body.Contains("\"bus\":{\"status\":\"Degraded\""),
            what: "readiness to report the broker degraded");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"status\":\"Degraded\",\"checks\"", body);
        Assert.DoesNotContain("Unhealthy", body);
        await ThinSubmission.SubmitAsync(await requests.ClientFor(Personas.Rita, "Staff"), "@duringoutage");

        broker.Heal();
        await Eventually.True(async () => (await client.GetStringAsync("/health/ready")).Contains("\"status\":\"Healthy\",\"checks\""),
            what: "readiness to be healthy once the broker is back");
    }
}
