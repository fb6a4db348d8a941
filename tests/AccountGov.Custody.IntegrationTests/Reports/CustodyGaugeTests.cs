using System.Diagnostics.Metrics;
using AccountGov.EventSourcing.Metrics;
using AccountGov.Testing;
using Marten;

namespace AccountGov.Custody.IntegrationTests.Reports;

/// <summary>Custody's business gauges sample from the real store, and a reveal moves the reveal total by one.</summary>
public class CustodyGaugeTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    private static readonly string[] Names =
    [
        "accountgov.custody.handovers.open", "accountgov.custody.handovers.overdue", "accountgov.custody.gaps",
        "accountgov.custody.reveals", "accountgov.custody.break_glass", "accountgov.custody.hr_rows.applied",
        "accountgov.custody.hr_rows.rejected", StoreGauges.ForwarderLag, StoreGauges.DeadLetters,
    ];

    [Fact]
    public async Task GivenAReveal_WhenSampled_ThenEveryGaugeHasAValueAndTheRevealTotalRoseByOne()
    {
        var before = await Sample();
        var account = await Register.AccountAsync(fixture.Custody, "@gaugereveal");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        await Vault.Deposit(carl, account.Id, "gauge-Pw-1");
        await Vault.Revealed(carl, account.Id);

        var after = await Sample();

        Assert.All(Names.Where(n => n != StoreGauges.ForwarderLag), n => Assert.True(after.ContainsKey(n), $"{n} has no value"));
        Assert.Equal(before["accountgov.custody.reveals"] + 1, after["accountgov.custody.reveals"]);
    }

    private async Task<Dictionary<string, long>> Sample()
    {
        var failed = await fixture.Custody.Get<SampledGauges>().SampleAsync(fixture.Custody.Get<IDocumentStore>(), CancellationToken.None);
        Assert.Empty(failed.Select(f => $"{f.Gauge}: {f.Error.Message}"));
        var meters = fixture.Custody.Get<IMeterFactory>();
        return Names.Select(n => (n, GaugeReader.Read(meters, n))).Where(x => x.Item2.ContainsKey(""))
            .ToDictionary(x => x.n, x => x.Item2[""]);
    }
}
