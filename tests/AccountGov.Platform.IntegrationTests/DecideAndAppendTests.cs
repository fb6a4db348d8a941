using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using Marten;

namespace AccountGov.Platform.IntegrationTests;

public sealed record TallyStarted(Guid Id);
public sealed record TallyIncremented(Guid Id);

public sealed record Tally(Guid Id, int Count)
{
    public static Tally Create(TallyStarted e) => new(e.Id, 0);
    public Tally Apply(TallyIncremented e) => this with { Count = Count + 1 };

    public static IReadOnlyList<object> Increment(Tally t, int limit) =>
        t.Count >= limit ? throw new RuleViolation("The tally is full.") : [new TallyIncremented(t.Id)];
}

/// <summary>The decide-and-append helper against real PostgreSQL: versions, stale If-Match, refusals.</summary>
public class DecideAndAppendTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private IDocumentStore Store => fixture.Requests.Get<IDocumentStore>();

    [Fact]
    public async Task GivenTheCurrentVersion_WhenDecided_ThenEventsAreAppendedAndTheNewVersionReturned()
    {
        var id = await StartTally();
        await using var session = Store.LightweightSession();
        var version = await session.Decide<Tally>(id, 1, t => Tally.Increment(t, 5), default);
        Assert.Equal(2, version);
    }

    [Fact]
    public async Task GivenAStaleIfMatch_WhenDecided_ThenStaleVersionAndNothingIsAppended()
    {
        var id = await StartTally();
        await using (var first = Store.LightweightSession())
            await first.Decide<Tally>(id, 1, t => Tally.Increment(t, 5), default);

        await using var second = Store.LightweightSession();
        await Assert.ThrowsAsync<StaleVersion>(() => second.Decide<Tally>(id, 1, t => Tally.Increment(t, 5), default));
        Assert.Equal(2, (await Store.QuerySession().Events.FetchStreamStateAsync(id))!.Version);
    }

    [Fact]
    public async Task GivenTwoWritersWithoutIfMatch_WhenBothDecide_ThenOnlyOneCommits()
    {
        var id = await StartTally();
        await using var a = Store.LightweightSession();
        await using var b = Store.LightweightSession();
        var streamA = await DecideAndAppend.Fetch<Tally>(a, id, null, default);
        var streamB = await DecideAndAppend.Fetch<Tally>(b, id, null, default);
        streamA.AppendMany(Tally.Increment(streamA.Aggregate!, 5).ToArray());
        streamB.AppendMany(Tally.Increment(streamB.Aggregate!, 5).ToArray());

        await DecideAndAppend.Commit(a, default);
        await Assert.ThrowsAsync<StaleVersion>(() => DecideAndAppend.Commit(b, default));
        Assert.Equal(2, (await Store.QuerySession().Events.FetchStreamStateAsync(id))!.Version);
    }

    [Fact]
    public async Task GivenARefusingDecision_WhenDecided_ThenTheRefusalPassesThroughAndNothingIsAppended()
    {
        var id = await StartTally();
        await using var session = Store.LightweightSession();
        await Assert.ThrowsAsync<RuleViolation>(() => session.Decide<Tally>(id, null, t => Tally.Increment(t, 0), default));
        Assert.Equal(1, (await Store.QuerySession().Events.FetchStreamStateAsync(id))!.Version);
    }

    [Fact]
    public async Task GivenAnUnknownStream_WhenDecided_ThenNotFound()
    {
        await using var session = Store.LightweightSession();
        await Assert.ThrowsAsync<NotFound>(() => session.Decide<Tally>(Guid.NewGuid(), null, t => Tally.Increment(t, 5), default));
    }

    [Fact]
    public async Task GivenAnExistingStream_WhenStartedAgain_ThenRuleViolation()
    {
        var id = await StartTally();
        await using var session = Store.LightweightSession();
        await Assert.ThrowsAsync<RuleViolation>(() => session.Start<Tally>(id, [new TallyStarted(id)], default));
    }

    private async Task<Guid> StartTally()
    {
        var id = Guid.NewGuid();
        await using var session = Store.LightweightSession();
        await session.Start<Tally>(id, [new TallyStarted(id)], default);
        return id;
    }
}
