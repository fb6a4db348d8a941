using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AccountGov.AccountRequests.Api;
using AccountGov.Testing;
using Xunit.Abstractions;

namespace AccountGov.Platform.IntegrationTests.Faults;

/// <summary>
/// Two AccountRequests processes on one database: the first holds the forwarder's HotCold lock. When it is killed
/// (-9) or frozen (SIGSTOP, a hung replica whose sockets stay open), the second must take over and publish a request
/// submitted to it within <see cref="Bound"/>. The measured time is written to the test output.
/// </summary>
[Collection(Name)]
public sealed class ForwarderFailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const string Name = "failover";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private TestEnvironment environment = null!;
    private SubmittedProbe probe = null!;
    private Dictionary<string, string?> settings = null!;

    public async Task InitializeAsync()
    {
        environment = await TestEnvironment.CreateAsync("failover");
        settings = environment.SettingsFor(AccountRequestsModule.ServiceName);
        probe = await SubmittedProbe.StartAsync(environment);
    }

    public async Task DisposeAsync()
    {
        await probe.DisposeAsync();
        await environment.DisposeAsync();
    }

    [Fact]
    public Task GivenTwoInstances_WhenTheLeaderIsKilled_ThenTheOtherForwardsWithinTheBound() => Failover(leader => leader.Kill(), "kill -9");

    [Fact]
    public Task GivenTwoInstances_WhenTheLeaderHangs_ThenTheOtherForwardsWithinTheBound() => Failover(leader => leader.Freeze(), "SIGSTOP");

    private async Task Failover(Action<ServiceProcess> fault, string how)
    {
        await using var leader = ServiceProcess.Start("AccountRequests/AccountGov.AccountRequests.Api", "leader", settings);
        await leader.WaitUntilReady();
        await probe.WaitForAll([await Submit(leader)], TimeSpan.FromSeconds(60), "the first instance to forward");

        await using var standby = ServiceProcess.Start("AccountRequests/AccountGov.AccountRequests.Api", "standby", settings);
        await standby.WaitUntilReady();
        // Still forwarding through the leader, so the standby is cold when the fault strikes.
        await probe.WaitForAll([await Submit(standby)], TimeSpan.FromSeconds(60), "a request submitted to the standby");

        var clock = Stopwatch.StartNew();
        fault(leader);
        var struck = DateTimeOffset.UtcNow;
        var after = await Submit(standby);
        var arrived = await probe.WaitForAll([after], TimeSpan.FromSeconds(120), $"forwarding to resume after {how}");
        output.WriteLine($"{how}: forwarding resumed {(arrived - struck).TotalSeconds:F1} s after the leader's fault (bound {Bound.TotalSeconds} s).");
        Assert.True(arrived - struck <= Bound, $"After {how} forwarding resumed in {(arrived - struck).TotalSeconds:F1} s; the bound is {Bound.TotalSeconds} s.");
    }

    private static async Task<Guid> Submit(ServiceProcess service)
    {
        var token = await service.Http.PostAsJsonAsync("/dev/token",
            new { userId = Personas.Rita, name = Personas.NameOf(Personas.Rita), email = "rita@example.nhs.uk", roles = new[] { "Staff" } });
        var bearer = (await token.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["accessToken"].ToString();
        var request = new HttpRequestMessage(HttpMethod.Post, "/requests") { Content = JsonContent.Create(ThinSubmission.Body($"@fo{Guid.NewGuid():N}"[..14])) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        var response = await service.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ThinSubmission.Created>())!.Id;
    }
}

/// <summary>Timings are the point here, so these run alone, after the parallel classes, not beside them on 2 cores.</summary>
[CollectionDefinition(ForwarderFailoverTests.Name, DisableParallelization = true)]
public sealed class FailoverCollection;

