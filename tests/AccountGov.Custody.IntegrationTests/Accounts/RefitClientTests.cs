using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using Refit;

namespace AccountGov.Custody.IntegrationTests.Accounts;

/// <summary>The Refit client the Portal uses speaks the same routes and shapes as the service.</summary>
public class RefitClientTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    private static readonly RefitSettings Settings = new(new SystemTextJsonContentSerializer(Json.Options));

    [Fact]
    public async Task GivenTheRefitClient_WhenUsedByACustodianAndBd_ThenEveryCallRoundTrips()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@refit");
        var carl = RestService.For<ICustodyApi>(await fixture.Custody.ClientFor(Personas.Carl, "Staff"), Settings);
        var beth = RestService.For<ICustodyApi>(await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment"), Settings);

        await carl.DepositCredential(account.Id, new CredentialBody("user", "Refit-Pw", null, null, ["rc"], null));
        var acknowledged = await carl.AcknowledgeNeverPostRules(account.Id);
        var revealed = await carl.RevealCredential(account.Id, new RevealBody("refit check"));
        var listed = await carl.ListAccounts(custodian: "carl");
        var added = await beth.AddCustodian(account.Id, new AddCustodianBody("ivy", "Ivy Green", CustodianRole.Deputy, "cover"));
        var then = await carl.GetAccount(account.Id, asOf: DateTimeOffset.UtcNow.AddMinutes(5));
        var audit = await beth.GetAudit(account.Id);
        var exposure = await beth.GetExposureReport(userId: "carl");
        var breakGlass = await beth.OpenBreakGlass(account.Id, new OpenBreakGlassBody("refit check"));
        var apiError = await Assert.ThrowsAnyAsync<ApiException>(() => carl.ApproveBreakGlass(account.Id, breakGlass.Id));

        Assert.Equal("Refit-Pw", revealed.Password);
        Assert.Contains(listed, a => a.Id == account.Id);
        Assert.Equal(3, added.Custodians.Count);
        Assert.Equal(3, then.Custodians.Count);
        Assert.Contains(audit, e => e.Event == "CredentialRevealed");
        Assert.Contains(exposure, e => e.AccountId == account.Id);
        Assert.Equal(BreakGlassStatus.AwaitingApproval, breakGlass.Status);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, apiError.StatusCode);
    }
}
