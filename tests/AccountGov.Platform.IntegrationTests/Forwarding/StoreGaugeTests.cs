using System.Diagnostics.Metrics;
using AccountGov.EventSourcing.Metrics;
using AccountGov.Testing;
using Marten;

namespace AccountGov.Platform.IntegrationTests.Forwarding;

/// <summary>Every event-sourced service reports how far each forwarder is behind, and its dead letters.</summary>
public class StoreGaugeTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Fact]
    public async Task GivenASubmissionForwarded_WhenSampled_ThenEachSubscriptionHasALagAndItReachesZeroWithNoDeadLetters()
    {
        var rita = await fixture.Requests.ClientFor(Personas.Rita, "Staff");
        await ThinSubmission.SubmitAsync(rita, "@gauges");
        var gauges = fixture.Requests.Get<SampledGauges>();
        var meters = fixture.Requests.Get<IMeterFactory>();
        var store = fixture.Requests.Get<IDocumentStore>();

        var lag = await Eventually.Get(async () =>
        {
            Assert.Empty(await gauges.SampleAsync(store, CancellationToken.None));
            return GaugeReader.Read(meters, StoreGauges.ForwarderLag);
        }, until: l => l!.Count > 0 && l.Values.All(v => v == 0), what: "every subscription to catch up");

        Assert.Contains(lag.Keys, k => k.Contains("Forwarder", StringComparison.Ordinal));
        Assert.Equal(0, GaugeReader.Read(meters, StoreGauges.DeadLetters)[""]);
    }
}
