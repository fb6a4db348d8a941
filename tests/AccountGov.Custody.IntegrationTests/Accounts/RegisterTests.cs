using AccountGov.Custody.Api;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using AccountGov.EventSourcing.Consuming;
using Marten;
using MassTransit;

namespace AccountGov.Custody.IntegrationTests.Accounts;

public class RegisterTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenAnApproval_WhenConsumed_ThenTheAccountIsRegisteredWithTheApiShape()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@registershape");

        var rita = await fixture.Custody.ClientFor(Personas.Rita, "Staff");
        var response = await rita.GetAsync($"/accounts/{account.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(account.Id, root.GetProperty("id").GetGuid());
        Assert.Equal("Paediatric Physiotherapy", root.GetProperty("team").GetString());
        Assert.Equal("Instagram", root.GetProperty("platform").GetString());
        Assert.Equal("@registershape", root.GetProperty("handle").GetString());
        Assert.Equal("Active", root.GetProperty("status").GetString());
        var custodians = root.GetProperty("custodians").EnumerateArray().ToArray();
        Assert.Equal(["carl", "dina"], custodians.Select(c => c.GetProperty("userId").GetString()));
        Assert.Equal(["Primary", "Deputy"], custodians.Select(c => c.GetProperty("role").GetString()));
        Assert.All(custodians, c => Assert.Equal("Active", c.GetProperty("status").GetString()));
        Assert.Equal(StreamIds.ForAccount(root.GetProperty("requestId").GetGuid()), account.Id);
    }

    [Fact]
    public async Task GivenTheSameApprovalTwiceWithDifferentMessageIds_WhenConsumed_ThenOneAccountExists()
    {
        var approval = Register.Approval(Guid.NewGuid(), "@twice");
        var bus = fixture.Custody.Get<IBus>();
        Guid[] messageIds = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        await Task.WhenAll(messageIds.Select(m => bus.Publish(approval, c => c.MessageId = m)));

        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        // The positive signal: each of the three deliveries has been handled and committed (its MessageId recorded).
        var keys = messageIds.Select(m => ProcessedMessage.KeyFor(nameof(Api.Inbound.AccountRequestApprovedConsumer), m)).ToArray();
        await Eventually.True(async () =>
        {
            await using var session = fixture.Custody.Get<IDocumentStore>().QuerySession();
            return (await session.LoadManyAsync<ProcessedMessage>(keys)).Count == keys.Length;
        }, what: "all three deliveries handled");
        Assert.DoesNotContain(fixture.Custody.Logs.Lines, l => l.Contains("AccountRequestApprovedConsumer") && l.Contains("Fault"));
        var id = StreamIds.ForAccount(approval.RequestId);
        var response = await ada.GetAsync($"/accounts/{id}");
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Single((await ada.GetFromJsonAsync<AccountDetails[]>($"/accounts?requestId={approval.RequestId}", Json.Options))!);
    }

    [Fact]
    public async Task GivenAccounts_WhenListedByCustodian_ThenOnlyTheirsAreReturned()
    {
        var mine = await Register.AccountAsync(fixture.Custody, "@ivyslist",
            new("ivy", "Ivy Green", Approvals.Contracts.ApprovedCustodianRole.Primary),
            new("dina", "Dina Roy", Approvals.Contracts.ApprovedCustodianRole.Deputy));
        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");

        var listed = await ada.GetFromJsonAsync<AccountDetails[]>("/accounts?custodian=ivy", Json.Options);

        Assert.Equal([mine.Id], listed!.Select(a => a.Id));
        Assert.Equal(1, listed![0].Version);
    }

    [Fact]
    public async Task GivenAnUnknownAccount_WhenRead_Then404ProblemDetails()
    {
        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        var response = await ada.GetAsync($"/accounts/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GivenNoToken_WhenTheRegisterIsRead_Then401()
    {
        var anonymous = fixture.Custody.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/accounts")).StatusCode);
    }

    [Fact]
    public async Task GivenTheService_WhenReadinessIsProbed_ThenTheKeyProviderIsChecked()
    {
        var ready = await fixture.Custody.CreateClient().GetStringAsync("/health/ready");
        Assert.Contains("\"key-encryption-key\":{\"status\":\"Healthy\"", ready);
    }

    [Fact]
    public async Task GivenABadTake_WhenListed_Then400WithAFieldError()
    {
        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        var response = await ada.GetAsync("/accounts?take=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"take\"", await response.Content.ReadAsStringAsync());
    }
}
