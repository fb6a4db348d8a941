using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Api;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using MassTransit;

namespace AccountGov.Custody.IntegrationTests.Accounts;

/// <summary>
/// MECCG139 §6: the register filtered and searched (issue 15). Each test registers its own three accounts and reads
/// the answers as far as they concern those three, so tests sharing the database do not disturb each other.
/// </summary>
public class RegisterFilterTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    private HttpClient ada = null!;
    private AccountDetails physio = null!, estates = null!, partner = null!;

    private async Task Seed()
    {
        ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        physio = await Registered(Register.Approval(Guid.NewGuid(), "@filterphysio"));
        estates = await Registered(Register.Approval(Guid.NewGuid(), "@FilterEstates") with
        {
            Team = "Estates", Platform = "X", AccountType = "Campaign",
        });
        partner = await Registered(Register.Approval(Guid.NewGuid(), "@filterpartner",
            new ApprovedCustodian(Personas.Dina, Personas.NameOf(Personas.Dina), ApprovedCustodianRole.Primary)) with
        {
            Team = "Sexual Health", Platform = "TikTok", AccountType = "Shared", Partner = "Bedford Borough Council",
        });
        var bob = await fixture.Custody.ClientFor(Personas.Bob, "BusinessDevelopment");
        await Vault.Deposit(bob, physio.Id, "correct horse battery staple");
    }

    private async Task<AccountDetails> Registered(AccountRequestApproved approval)
    {
        await fixture.Custody.Get<IBus>().Publish(approval);
        return await Eventually.Get(async () => (await List($"requestId={approval.RequestId}")).SingleOrDefault(),
            what: $"account {approval.Handle} in the register");
    }

    private async Task<AccountDetails[]> List(string query) =>
        (await ada.GetFromJsonAsync<AccountDetails[]>($"/accounts?{query}", Json.Options))!;

    private async Task<Guid[]> Ids(string query) =>
        (await List(query + "&take=200")).Select(a => a.Id).Intersect(Of(physio, estates, partner)).Order().ToArray();

    private static Guid[] Of(params AccountDetails[] accounts) => accounts.Select(a => a.Id).Order().ToArray();

    [Fact]
    public async Task GivenTheRegister_WhenFilteredByEachField_ThenOnlyTheMatchingAccounts()
    {
        await Seed();
        Assert.Equal(Of(estates), await Ids("team=estates"));
        Assert.Equal(Of(partner), await Ids("platform=tiktok"));
        Assert.Equal(Of(estates), await Ids("type=Campaign"));
        Assert.Equal(Of(physio), await Ids("type=Corporate"));
        Assert.Equal(Of(physio, estates, partner), await Ids("status=Active"));
        Assert.Equal(Of(partner), await Ids($"custodian={Personas.Dina}&platform=TikTok"));
        Assert.Equal(Of(physio), await Ids("credential=deposited"));
        Assert.Equal(Of(estates, partner), await Ids("credential=missing"));
        Assert.Equal(Of(estates), await Ids("q=filterestates"));
        Assert.Equal(Of(partner), await Ids("q=sexual"));
        Assert.Empty(await Ids("status=Suspended"));
    }

    [Fact]
    public async Task GivenASharedAccount_WhenRead_ThenTypeAndPartnerAreShown()
    {
        await Seed();
        var read = await ada.GetFromJsonAsync<AccountDetails>($"/accounts/{partner.Id}", Json.Options);
        Assert.Equal((AccountType.Shared, "Bedford Borough Council", false), (read!.Type, read.Partner, read.Imported));
    }

    [Theory]
    [InlineData("handle=@filterphysio", "handle")]
    [InlineData("sort=team", "sort")]
    [InlineData("type=Personal", "type")]
    [InlineData("status=Closed", "status")]
    [InlineData("credential=held", "credential")]
    public async Task GivenAFilterTheRouteDoesNotKnow_WhenListed_Then400NamingIt(string query, string field)
    {
        ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        var response = await ada.GetAsync($"/accounts?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }
}
