using System.Net;
using System.Net.Http.Json;
using System.Text;
using AccountGov.Custody.Api;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using MassTransit;
using Requests = AccountGov.AccountRequests.Contracts;

namespace AccountGov.Custody.IntegrationTests.Accounts;

/// <summary>MECCG139 §6: BD imports the accounts that existed before AccountGov, with a per-row report (issue 15).</summary>
public class ImportTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    private const string Header = "platform,handle,team,type,partner,sponsorId,sponsorName,primaryId,primaryName,deputyId,deputyName";

    private static string Row(string platform, string handle, string team = "Estates", string type = "", string partner = "",
        string primary = "carl", string deputy = "dina") =>
        $"{platform},{handle},{team},{type},{partner},sam,Sam Patel,{primary},{Personas.NameOf(primary)},{deputy},{Personas.NameOf(deputy)}";

    private async Task<HttpResponseMessage> Import(HttpClient client, params string[] lines) =>
        await client.PostAsync("/accounts/imports", new StringContent(string.Join("\n", [Header, .. lines]), Encoding.UTF8, "text/csv"));

    [Fact]
    public async Task GivenTheExistingRegisterWithBadAndDuplicateRows_WhenImported_ThenValidRowsAreRegisteredAndEachOtherSaysWhy()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var approved = await Register.AccountAsync(fixture.Custody, $"@approved{run}");
        var requested = Guid.NewGuid();
        await fixture.Custody.Get<IBus>().Publish(new Requests.RequestSubmitted(requested, 1, "Estates", "X", $"@requested{run}",
            new Requests.StaffRef("rita", "Rita Shah"), new Requests.StaffRef("sam", "Sam Patel"), [], false, DateTimeOffset.UtcNow));
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        await WaitForRequestedHandle(requested);

        var response = await Import(beth,
            Row("Instagram", $"@legacy{run}"),                                          // 1 registered
            Row("TikTok", $"@partner{run}", type: "Shared", partner: "Bedford Borough Council"), // 2 registered
            Row("Myspace", $"@bad{run}"),                                               // 3 unknown platform
            Row("X", $"@nopartner{run}", type: "Shared"),                               // 4 shared without partner
            Row("instagram", $"LEGACY{run}"),                                           // 5 duplicate of row 1
            Row("Instagram", $"@Approved{run}"),                                        // 6 already in the register
            Row("X", $"requested{run}"),                                                // 7 already requested
            Row("Blog", $"@samepeople{run}", primary: "carl", deputy: "carl"));         // 8 one person twice

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<AccountImportReport>(Json.Options))!;
        Assert.Equal((AccountImportState.Completed, 8, 2), (report.Status, report.Total, report.Accepted));
        Assert.Equal([1, 2], report.Registered.Select(r => r.Row));
        Assert.Equal([3, 4, 5, 6, 7, 8], report.Rejected.Select(r => r.Row));
        var why = report.Rejected.ToDictionary(r => r.Row, r => r.Errors);
        Assert.Equal(["platform"], why[3].Keys);
        Assert.Equal(["partner"], why[4].Keys);
        Assert.Contains("row 1 of this file", why[5]["handle"][0]);
        Assert.Contains($"account {approved.Id}", why[6]["handle"][0]);
        Assert.Contains($"request {requested}", why[7]["handle"][0]);
        Assert.Equal(["deputyId"], why[8].Keys);

        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        var legacy = (await ada.GetFromJsonAsync<AccountDetails>($"/accounts/{report.Registered[0].AccountId}", Json.Options))!;
        Assert.Equal((true, Guid.Empty, AccountType.Corporate, "Estates"), (legacy.Imported, legacy.RequestId, legacy.Type, legacy.Team));
        Assert.Equal(["carl", "dina"], legacy.Custodians.Select(c => c.UserId));
        Assert.Null(legacy.CredentialVersion);
        var shared = (await ada.GetFromJsonAsync<AccountDetails>($"/accounts/{report.Registered[1].AccountId}", Json.Options))!;
        Assert.Equal((AccountType.Shared, "Bedford Borough Council"), (shared.Type, shared.Partner));
        Assert.Equal(StreamIds.ForImportedAccount("Instagram", $"legacy{run}"), legacy.Id);

        var again = (await beth.GetFromJsonAsync<AccountImportReport>($"/accounts/imports/{report.Id}", Json.Options))!;
        Assert.Equal(report.Rejected.Count, again.Rejected.Count);
    }

    [Fact]
    public async Task GivenTheSameFileTwice_WhenImportedAgain_ThenEveryRowIsADuplicateAndNothingMoreIsRegistered()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        Assert.Equal(HttpStatusCode.OK, (await Import(beth, Row("YouTube", $"@twice{run}"))).StatusCode);

        var second = (await (await Import(beth, Row("YouTube", $"@twice{run}"))).Content.ReadFromJsonAsync<AccountImportReport>(Json.Options))!;
        Assert.Equal((0, 1), (second.Accepted, second.Rejected.Count));
        Assert.Contains("already in the register", second.Rejected[0].Errors["handle"][0]);
    }

    [Fact]
    public async Task GivenAFileWithoutTheHeader_WhenImported_Then400NamingTheMissingColumnsAndNothingRegistered()
    {
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var response = await beth.PostAsync("/accounts/imports", new StringContent("platform,handle\nX,@nope", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sponsorId", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GivenACustodian_WhenTheyImport_Then403()
    {
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await Import(carl, Row("X", "@notmine"))).StatusCode);
    }

    private async Task WaitForRequestedHandle(Guid requestId) => await Eventually.True(async () =>
    {
        await using var session = fixture.Custody.Get<Marten.IDocumentStore>().QuerySession();
        return await session.LoadAsync<Api.Accounts.Uniqueness.RequestedHandle>(requestId) is { Closed: false };
    }, what: "the request's handle to reach Custody");
}
