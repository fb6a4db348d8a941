using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AccountGov.Platform.IntegrationTests.Security;

/// <summary>
/// Every operation of every API × every role, and anonymous. The table below says which roles pass each route's
/// role gate; the first test reads the services' OpenAPI documents and fails when a route is missing from the table
/// (or the table names a route that no longer exists), so a new route cannot skip the matrix.
/// Ids are random, so a role that passes the gate meets "not found" or a validation error, never 401 or 403;
/// who may act on an existing resource (the requester, the custodian, the sponsor) is each service's own tests'.
/// </summary>
public class AuthorizationMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    private const string Staff = "Staff", Sm = "SeniorManager", Ig = "InformationGovernance", Bd = "BusinessDevelopment",
        Hr = "HR", Auditor = "Auditor";

    private static readonly string[] Roles = [Staff, Sm, Ig, Bd, Hr, Auditor];
    private static readonly string[] Anyone = Roles;

    /// <summary>service, "METHOD /path" as in the OpenAPI document, the roles its gate lets through.</summary>
    private static readonly (string Service, string Route, string[] Gate)[] Table =
    [
        ("AccountRequests", "GET /requests", Anyone),
        ("AccountRequests", "POST /requests", Anyone),
        ("AccountRequests", "GET /requests/mine", Anyone),
        ("AccountRequests", "GET /requests/screening-policy", Anyone),
        ("AccountRequests", "GET /requests/policies", Anyone),
        ("AccountRequests", "GET /requests/{id}", Anyone),
        ("AccountRequests", "PUT /requests/{id}", Anyone),
        ("AccountRequests", "GET /requests/{id}/revisions", Anyone),
        ("AccountRequests", "GET /requests/{id}/revisions/{revision}", Anyone),
        ("AccountRequests", "POST /requests/{id}/dpia", Anyone),
        ("AccountRequests", "POST /requests/{id}/withdraw", Anyone),
        ("Approvals", "GET /cases", [Ig, Bd, Auditor]),
        ("Approvals", "GET /cases/awaiting-my-endorsement", [Sm]),
        ("Approvals", "GET /cases/awaiting-dpia", [Ig, Bd, Auditor]),
        ("Approvals", "PUT /cases/{requestId}/sponsor", Anyone), // the requester or BD: the service checks who
        ("Approvals", "GET /cases/{requestId}", Anyone),
        ("Approvals", "POST /cases/{requestId}/endorsement", [Sm]),
        ("Approvals", "POST /cases/{requestId}/dpia-review", [Ig]),
        ("Approvals", "POST /cases/{requestId}/decision", [Bd]),
        ("Custody", "GET /accounts", Anyone),
        ("Custody", "GET /accounts/{id}", Anyone),
        ("Custody", "POST /accounts/imports", [Bd]),
        ("Custody", "GET /accounts/imports/{id}", [Bd]),
        ("Custody", "POST /accounts/{id}/custodians", [Bd]),
        ("Custody", "POST /accounts/{id}/custodians/{userId}/removal", [Bd]),
        ("Custody", "POST /accounts/{id}/custodians/{userId}/handover-request", [Bd, Sm]), // a senior manager for the accounts they sponsor
        ("Custody", "POST /accounts/{id}/suspend", [Bd]),
        ("Custody", "POST /accounts/{id}/reactivate", [Bd]),
        ("Custody", "POST /accounts/{id}/decommissioning", [Bd]),
        ("Custody", "POST /accounts/{id}/decommissioning/checklist", [Bd]),
        ("Custody", "GET /accounts/{id}/audit", [Bd, Auditor]),
        ("Custody", "GET /accounts/{id}/exposure", [Bd, Auditor, Sm]),
        ("Custody", "PUT /accounts/{id}/credential", Anyone),
        ("Custody", "POST /accounts/{id}/never-post-rules/acknowledgement", Anyone), // a custodian of the account: the decision says who
        ("Custody", "POST /accounts/{id}/credential/reveal", Anyone),
        ("Custody", "GET /accounts/{id}/break-glass", [Bd, Auditor]),
        ("Custody", "POST /accounts/{id}/break-glass", [Bd]),
        ("Custody", "POST /accounts/{id}/break-glass/{breakGlassId}/approve", [Bd]),
        ("Custody", "POST /accounts/{id}/break-glass/{breakGlassId}/reveal", [Bd]),
        ("Custody", "GET /reports/exposure", [Bd, Auditor, Sm]),
        ("Custody", "GET /audit", [Bd, Auditor]),
        ("Custody", "GET /reports/custody-gaps", [Bd, Hr, Auditor, Sm]),
        ("Custody", "GET /reports/custody-gaps/upcoming", [Bd, Hr, Auditor, Sm]),
        ("Custody", "GET /reports/missing-credentials", [Bd, Auditor]),
        ("Custody", "GET /reports/rotations", [Bd, Auditor]),
        ("Custody", "POST /admin/key-encryption-key/rotate", [Bd]),
        ("Custody", "POST /hr/events", [Hr]),
        ("Custody", "POST /hr/events/batch", [Hr]),
        ("Custody", "GET /hr/batches/{id}", [Hr]),
        ("Custody", "GET /staff/{staffId}", [Hr, Auditor]),
        ("Custody", "GET /handovers", Anyone),
        ("Custody", "GET /handovers/{id}", Anyone),
        ("Custody", "POST /handovers/{id}/assign", [Bd]),
        ("Custody", "POST /handovers/{id}/complete", Anyone),
        ("Custody", "GET /reviews", Anyone), // BD and auditors see every account's; others their own accounts'
        ("Custody", "GET /accounts/{id}/reviews", Anyone),
        ("Custody", "POST /accounts/{id}/reviews/{reviewId}/confirmations", Anyone), // an active custodian: the service checks
        ("Custody", "POST /accounts/{id}/reviews/{reviewId}/completion", Anyone), // a custodian or the sponsor: the service checks
    ];

    public static TheoryData<string, string, string> Cells()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (service, route, _) in Table)
            foreach (var role in Roles.Append("anonymous")) data.Add(service, route, role);
        return data;
    }

    [Theory]
    [InlineData("AccountRequests")]
    [InlineData("Approvals")]
    [InlineData("Custody")]
    public async Task GivenAServicesOpenApiDocument_ThenEveryOperationIsInTheMatrixAndNothingElse(string service)
    {
        var document = (await fixture.Anonymous(service).GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var documented = document["paths"]!.AsObject()
            .Where(path => !path.Key.StartsWith("/dev/")) // the persona issuer exists in Development only
            .SelectMany(path => path.Value!.AsObject().Select(op => $"{op.Key.ToUpperInvariant()} {path.Key}"))
            .ToHashSet();
        var declared = Table.Where(t => t.Service == service).Select(t => t.Route).ToHashSet();

        Assert.Empty(documented.Except(declared)); // a route the matrix does not cover
        Assert.Empty(declared.Except(documented)); // a row for a route that no longer exists
    }

    [Theory]
    [InlineData("AccountRequests")]
    [InlineData("Approvals")]
    [InlineData("Custody")]
    public async Task GivenAServicesOpenApiDocument_ThenEveryProtectedOperationDocumentsTheBearerScheme401And403(string service)
    {
        var document = (await fixture.Anonymous(service).GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        Assert.Equal("bearer", (string?)document["components"]?["securitySchemes"]?["Bearer"]?["scheme"]);
        var operations = document["paths"]!.AsObject()
            .Where(path => !path.Key.StartsWith("/dev/"))
            .SelectMany(path => path.Value!.AsObject().Select(op => (Route: $"{op.Key.ToUpperInvariant()} {path.Key}", Op: op.Value!)));
        Assert.All(operations, o =>
        {
            Assert.True(o.Op["security"] is JsonArray { Count: > 0 }, $"{o.Route} names no security requirement");
            Assert.NotNull(o.Op["responses"]?["401"]);
            Assert.NotNull(o.Op["responses"]?["403"]);
        });
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task GivenARole_WhenCallingAnOperation_ThenOnlyTheRolesItsGateNamesGetPast(string service, string route, string role)
    {
        var client = role == "anonymous"
            ? fixture.Anonymous(service)
            : await fixture.ClientFor(service, $"matrix-{role.ToLowerInvariant()}", role);

        var response = await Call(client, route);

        var status = (int)response.StatusCode;
        if (role == "anonymous") Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        else if (Table.Single(t => t.Service == service && t.Route == route).Gate.Contains(role))
            Assert.True(status is not (401 or 403) && status < 500, $"{role} on {route}: {status}");
        else Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Task<HttpResponseMessage> Call(HttpClient client, string route)
    {
        var (method, template) = (route.Split(' ')[0], route.Split(' ')[1]);
        var path = System.Text.RegularExpressions.Regex.Replace(template, "{[^}]+}",
            m => m.Value == "{revision}" ? "1" : m.Value == "{userId}" ? "nobody" : Guid.NewGuid().ToString());
        return method switch
        {
            "GET" => client.GetAsync(path),
            "PUT" => client.PutAsJsonAsync(path, new { }),
            _ => client.PostAsJsonAsync(path, new { }),
        };
    }
}
