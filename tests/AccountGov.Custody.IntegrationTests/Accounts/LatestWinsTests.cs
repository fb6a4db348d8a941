using AccountGov.Custody.Api.Accounts;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.Testing;
using Marten;

namespace AccountGov.Custody.IntegrationTests.Accounts;

/// <summary>
/// A write without If-Match that loses a race (another commit lands between its read and its commit) is decided
/// again on fresh state; with If-Match it is the caller's 412. The race is forced: the first decision commits a
/// competing event from a second session before returning.
/// </summary>
public class LatestWinsTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenNoIfMatch_WhenAnotherCommitWinsTheRace_ThenTheWriteIsDecidedAgainAndLands()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@latestwins");
        var attempts = 0;

        var written = await LatestWins.Write(fixture.Custody.Get<ISessionFactory>(), null, session =>
            session.Write<Account>(account.Id, null, async a =>
            {
                if (++attempts == 1) await Compete(account.Id);
                return [Changed(account.Id, Personas.Dina, CustodianStatus.Active)];
            }, default));

        Assert.Equal(2, attempts);
        Assert.Equal(account.Version + 2, written.Version);
        await using var reader = fixture.Custody.Get<IDocumentStore>().QuerySession();
        var events = await reader.Events.FetchStreamAsync(account.Id);
        Assert.Equal(["carl", "dina"], events.Skip((int)account.Version).Select(e => ((CustodianStatusChanged)e.Data).UserId));
    }

    [Fact]
    public async Task GivenIfMatch_WhenAnotherCommitWinsTheRace_ThenTheCallerGetsStaleVersionAfterOneAttempt()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@latestwinsifmatch");
        var attempts = 0;

        await Assert.ThrowsAsync<StaleVersion>(() => LatestWins.Write(fixture.Custody.Get<ISessionFactory>(), account.Version, session =>
            session.Write<Account>(account.Id, account.Version, async a =>
            {
                attempts++;
                await Compete(account.Id);
                return [Changed(account.Id, Personas.Dina, CustodianStatus.Active)];
            }, default)));

        Assert.Equal(1, attempts);
    }

    private async Task Compete(Guid accountId)
    {
        await using var other = fixture.Custody.Get<IDocumentStore>().LightweightSession();
        await other.Write<Account>(accountId, null, _ => [Changed(accountId, Personas.Carl, CustodianStatus.Active)], default);
    }

    private static CustodianStatusChanged Changed(Guid accountId, string userId, CustodianStatus status) =>
        new(accountId, userId, status, "test", "a harmless change that moves the stream on", DateTimeOffset.UtcNow);
}
