using AccountGov.Custody.Api.Hr.Batches;

namespace AccountGov.Custody.UnitTests.Hr;

public class CustodianWavesTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    private static string[][] Split(params (string Who, Guid[] Accounts)[] rows) =>
        CustodianWaves.Split(rows, r => r.Accounts).Select(w => w.Select(r => r.Who).ToArray()).ToArray();

    [Fact]
    public void GivenTheCustodiansOfOneAccount_WhenSplit_ThenEachIsInAWaveOfTheirOwn() =>
        Assert.Equal([["carl"], ["dina"], ["erin"]], Split(("carl", [A]), ("dina", [A]), ("erin", [A])));

    [Fact]
    public void GivenPrimariesAndDeputiesInterleaved_WhenSplit_ThenPrimariesGoTogetherAndDeputiesAfterInFileOrder() =>
        Assert.Equal([["p1", "p2", "p3"], ["d1", "d2", "d3"]],
            Split(("p1", [A]), ("d1", [A]), ("p2", [B]), ("d2", [B]), ("p3", [C]), ("d3", [C])));

    [Fact]
    public void GivenSomeoneHoldingTwoAccounts_WhenSplit_ThenNoWaveHoldsEitherAccountTwice()
    {
        var waves = Split(("carl", [A, B]), ("dina", [B]), ("erin", [C]), ("finn", [A, C]));

        Assert.Equal([["carl", "erin"], ["dina", "finn"]], waves);
    }

    [Fact]
    public void GivenNoRows_WhenSplit_ThenNoWaves() => Assert.Empty(Split());
}
