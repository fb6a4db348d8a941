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

    /// <summary>
    /// Issue 11: a service killed in the middle of a burst, as a careful client sees it. Requests go to both
    /// instances; a request whose instance died is sent again to the other with the same Idempotency-Key. Every
    /// answered request must reach the broker exactly once (one message id each), and none may be lost.
    /// </summary>
    [Fact]
    public async Task GivenTwoInstances_WhenTheLeaderIsKilledMidBurst_ThenEveryAnsweredRequestIsForwardedOnceAndNoneLost()
    {
        await using var leader = ServiceProcess.Start("AccountRequests/AccountGov.AccountRequests.Api", "leader", settings);
        await leader.WaitUntilReady();
        await using var standby = ServiceProcess.Start("AccountRequests/AccountGov.AccountRequests.Api", "standby", settings);
        await standby.WaitUntilReady();
        var answered = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        var killed = 0;

        using var gate = new SemaphoreSlim(4);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var key = Guid.NewGuid().ToString();
                var handle = $"@kb{Guid.NewGuid():N}"[..14];
                Guid? id = null;
                try { id = await Submit(i % 2 == 0 ? leader : standby, handle, key); }
                catch (HttpRequestException) { } // the leader died under this request
                id ??= await Submit(standby, handle, key);
                answered.Add(id.Value);
                if (answered.Count == 12 && Interlocked.Exchange(ref killed, 1) == 0) leader.Kill();
            }
            finally
            {
                gate.Release();
            }
        }));

        var ids = answered.Distinct().ToList();
        var clock = Stopwatch.StartNew();
        await probe.WaitForAll(ids, TimeSpan.FromSeconds(120), "every answered request forwarded after the kill");
        output.WriteLine($"40 submissions, leader killed after 12 answers: {ids.Count} requests, all forwarded "
            + $"{clock.Elapsed.TotalSeconds:F1} s after the burst; {probe.Heard.Count(h => ids.Contains(h.RequestId))} deliveries heard.");
        Assert.Equal(40, ids.Count);
        Assert.All(ids, id => Assert.Single(probe.Heard.Where(h => h.RequestId == id).Select(h => h.MessageId).Distinct()));
    }

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

    private static Task<Guid> Submit(ServiceProcess service) => Submit(service, $"@fo{Guid.NewGuid():N}"[..14], null);

    private static async Task<Guid> Submit(ServiceProcess service, string handle, string? idempotencyKey)
    {
        var token = await service.Http.PostAsJsonAsync("/dev/token",
            new { userId = Personas.Rita, name = Personas.NameOf(Personas.Rita), email = "rita@example.nhs.uk", roles = new[] { "Staff" } });
        var bearer = (await token.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["accessToken"].ToString();
        var request = new HttpRequestMessage(HttpMethod.Post, "/requests") { Content = JsonContent.Create(ThinSubmission.Body(handle)) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await service.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ThinSubmission.Created>())!.Id;
    }
}

/// <summary>Timings are the point here, so these run alone, after the parallel classes, not beside them on 2 cores.</summary>
[CollectionDefinition(ForwarderFailoverTests.Name, DisableParallelization = true)]
public sealed class FailoverCollection;

