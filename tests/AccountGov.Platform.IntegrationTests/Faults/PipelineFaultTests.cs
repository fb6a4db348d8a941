using AccountGov.Testing;
using Xunit.Abstractions;

namespace AccountGov.Platform.IntegrationTests.Faults;

/// <summary>
/// A burst of submissions while the broker connection is reset or hangs, or the database connections are reset.
/// Each test reconciles afterwards: every submission stored once (zero lost, zero duplicated), every request reached
/// Approvals as exactly one case, and forwarding caught up within <see cref="Bound"/> of the fault clearing. The
/// figures go to the test output.
/// </summary>
public sealed class PipelineFaultTests(ITestOutputHelper output)
{
    private const int Submissions = 30;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public Task GivenABurst_WhenTheBrokerConnectionsAreReset_ThenNothingIsLostOrDuplicated() =>
        Survive("brokerreset", p => { p.Broker.ResetAll(); return Task.CompletedTask; });

    [Fact]
    public Task GivenABurst_WhenTheBrokerHangsForThreeSeconds_ThenNothingIsLostOrDuplicated() =>
        Survive("brokerhang", async p =>
        {
            p.Broker.Hang();
            await Task.Delay(TimeSpan.FromSeconds(3));
            p.Broker.Heal();
        });

    [Fact]
    public Task GivenABurst_WhenTheDatabaseConnectionsAreReset_ThenNothingIsLostOrDuplicated() =>
        Survive("dbreset", p => { p.Database.ResetAll(); return Task.CompletedTask; });

    [Fact]
    public Task GivenABurst_WhenTheDatabaseRefusesConnectionsForTwoSecondsThenAnswersSlowly_ThenNothingIsLostOrDuplicated() =>
        Survive("dbrefuse", async p =>
        {
            p.Database.Refuse();
            await Task.Delay(TimeSpan.FromSeconds(2));
            p.Database.Heal();
            p.Database.Latency(TimeSpan.FromMilliseconds(20));
        });

    private async Task Survive(string label, Func<FaultedPipeline, Task> fault)
    {
        await using var pipeline = await FaultedPipeline.StartAsync(label);
        var brokerBefore = pipeline.Broker.AcceptedConnections;
        var databaseBefore = pipeline.Database.AcceptedConnections;

        var burst = await pipeline.Burst(Submissions, () => fault(pipeline));
        var recovery = await pipeline.UntilEveryCaseOpened(burst, Bound);

        var (perHandle, cases) = await pipeline.Stored(burst);
        Assert.Equal(Submissions, burst.Count);
        Assert.All(burst.Keys, h => Assert.Equal(1, perHandle.GetValueOrDefault(h)));
        Assert.Equal(burst.Values.Order(), cases.Order());
        await pipeline.Probe.WaitForAll(burst.Values.ToArray(), Bound, "the probe to hear every submission");
        var deliveries = pipeline.Probe.Heard.Where(h => burst.Values.Contains(h.RequestId)).ToArray();
        Assert.Equal(Submissions, deliveries.Select(d => d.MessageId).Distinct().Count());

        output.WriteLine($"{label}: {Submissions} submitted, {burst.Count} stored once, {cases.Count} cases; lost 0, duplicated 0; " +
            $"{deliveries.Length - Submissions} repeat deliveries absorbed; every case opened {recovery.TotalSeconds:F1} s after the last answer; " +
            $"reconnections: broker {pipeline.Broker.AcceptedConnections - brokerBefore}, database {pipeline.Database.AcceptedConnections - databaseBefore}.");
    }
}
