using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;

namespace AccountGov.Custody.IntegrationTests.Security;

/// <summary>One account with a stored credential, shared by the matrix.</summary>
public sealed class RoleMatrixFixture : CustodyFixture
{
    public AccountDetails Account { get; private set; } = null!;

    public async Task<AccountDetails> EnsureAccount()
    {
        if (Account is not null) return Account;
        Account = await Register.AccountAsync(Custody, "@rolematrix");
        await Vault.Deposit(await Custody.ClientFor(Personas.Carl, "Staff"), Account.Id, "Matrix-Marker");
        await Vault.Acknowledge(await Custody.ClientFor(Personas.Carl, "Staff"), Account.Id); // so the custodian's reveal is the 200 below
        return Account;
    }
}

/// <summary>
/// Every route × every role. Nobody but an Active custodian reaches a secret; audit and reports are for Auditor
/// and BD; everything that changes the register is BD's. BD's expected codes past authorisation (404/409) prove
/// it was let through without changing the account the rest of the matrix relies on.
/// </summary>
public class RoleMatrixTests(RoleMatrixFixture fixture) : IClassFixture<RoleMatrixFixture>
{
    private const string Staff = "Staff", SeniorManager = "SeniorManager", Ig = "InformationGovernance", Bd = "BusinessDevelopment",
        Hr = "HR", Auditor = "Auditor", Custodian = "ActiveCustodian";

    private static readonly string[] AllRoles = [Staff, SeniorManager, Ig, Bd, Hr, Auditor, Custodian];

    private static readonly (string Route, Dictionary<string, HttpStatusCode> Allowed)[] Routes =
    [
        ("GET /accounts", AllRoles.ToDictionary(r => r, _ => HttpStatusCode.OK)),
        ("GET /accounts/{id}", AllRoles.ToDictionary(r => r, _ => HttpStatusCode.OK)),
        ("PUT /accounts/{id}/credential", new() { [Bd] = HttpStatusCode.NoContent, [Custodian] = HttpStatusCode.NoContent }),
        ("POST /accounts/{id}/credential/reveal", new() { [Custodian] = HttpStatusCode.OK }),
        ("GET /accounts/{id}/audit", new() { [Bd] = HttpStatusCode.OK, [Auditor] = HttpStatusCode.OK }),
        // A senior manager passes the role gate but sponsors none of this account: 403 by id, an empty list (their own accounts only).
        ("GET /accounts/{id}/exposure", new() { [Bd] = HttpStatusCode.OK, [Auditor] = HttpStatusCode.OK }),
        ("GET /reports/exposure", new() { [Bd] = HttpStatusCode.OK, [Auditor] = HttpStatusCode.OK, [SeniorManager] = HttpStatusCode.OK }),
        ("GET /accounts/{id}/break-glass", new() { [Bd] = HttpStatusCode.OK, [Auditor] = HttpStatusCode.OK }),
        ("POST /accounts/{id}/custodians", new() { [Bd] = HttpStatusCode.Conflict }),
        ("POST /accounts/{id}/custodians/{userId}/removal", new() { [Bd] = HttpStatusCode.NotFound }),
        ("POST /accounts/{id}/reactivate", new() { [Bd] = HttpStatusCode.Conflict }),
        ("POST /accounts/{id}/suspend", new() { [Bd] = HttpStatusCode.NotFound }),
        ("POST /accounts/{id}/decommissioning", new() { [Bd] = HttpStatusCode.Conflict }),
        ("POST /accounts/{id}/decommissioning/checklist", new() { [Bd] = HttpStatusCode.Conflict }),
        ("POST /accounts/{id}/break-glass", new() { [Bd] = HttpStatusCode.Created }),
        ("POST /accounts/{id}/break-glass/{bg}/approve", new() { [Bd] = HttpStatusCode.NotFound }),
        ("POST /accounts/{id}/break-glass/{bg}/reveal", new() { [Bd] = HttpStatusCode.NotFound }),
        ("POST /admin/key-encryption-key/rotate", new() { [Bd] = HttpStatusCode.OK }),
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (route, _) in Routes)
            foreach (var role in AllRoles) data.Add(route, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GivenARole_WhenCallingARoute_ThenOnlyTheRightPeopleGetThrough(string route, string role)
    {
        var account = await fixture.EnsureAccount();
        var client = role == Custodian
            ? await fixture.Custody.ClientFor(Personas.Carl, Staff)
            : await fixture.Custody.ClientFor(role == Bd ? Personas.Beth : Personas.Rita, role);
        var expected = Routes.Single(r => r.Route == route).Allowed.GetValueOrDefault(role, HttpStatusCode.Forbidden);

        var response = await Call(client, route, account.Id);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (expected != HttpStatusCode.OK || !route.Contains("reveal")) Assert.DoesNotContain("Matrix-Marker", body);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GivenNoToken_WhenCallingAnyRoute_Then401(string route, string role)
    {
        if (role != Staff) return; // one anonymous call per route is enough
        var account = await fixture.EnsureAccount();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Call(fixture.Custody.CreateClient(), route, account.Id)).StatusCode);
    }

    private static Task<HttpResponseMessage> Call(HttpClient client, string route, Guid id)
    {
        var (method, template) = (route.Split(' ')[0], route.Split(' ')[1]);
        // Suspending the shared account would change every other row's outcome: BD suspends an unknown one instead.
        var target = route.EndsWith("/suspend") ? Guid.NewGuid() : id;
        var path = template.Replace("{id}", target.ToString()).Replace("{userId}", "nobody").Replace("{bg}", Guid.NewGuid().ToString());
        object body = route switch
        {
            _ when route.StartsWith("PUT") => Vault.Credential("Matrix-Marker"),
            _ when route.EndsWith("/custodians") => new { userId = Personas.Dina, name = "Dina Roy", role = "Deputy" },
            _ when route.EndsWith("/checklist") => new { item = "ContentArchived" },
            _ => new { reason = "role matrix" },
        };
        return method switch
        {
            "GET" => client.GetAsync(path),
            "PUT" => client.PutAsJsonAsync(path, body),
            _ => client.PostAsJsonAsync(path, body),
        };
    }
}
