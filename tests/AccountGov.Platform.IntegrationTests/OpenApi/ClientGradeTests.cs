using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AccountGov.Platform.IntegrationTests.Security;

namespace AccountGov.Platform.IntegrationTests.OpenApi;

/// <summary>
/// The services' OpenAPI documents are what a trust's own developers generate clients from, so each operation must
/// say what it is for, what a success returns (with a schema, or a client drops the body), which problems it answers
/// with, and, where a person edits, that it takes If-Match and returns an ETag.
/// </summary>
public class ClientGradeTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    public static TheoryData<string> Services => ["AccountRequests", "Approvals", "Custody"];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task GivenAServicesDocument_ThenEveryOperationHasASummaryAndASuccessWithASchema(string service)
    {
        var operations = await Operations(service);
        Assert.NotEmpty(operations);
        var faults = new List<string>();
        foreach (var (route, op) in operations)
        {
            if (string.IsNullOrWhiteSpace((string?)op["summary"])) faults.Add($"{route}: no summary");
            var successes = Responses(op).Where(r => r.Status.StartsWith('2')).ToList();
            if (successes.Count == 0) faults.Add($"{route}: no success response");
            foreach (var (status, response) in successes.Where(s => s.Status != "204"))
                if (response["content"] is not JsonObject { Count: > 0 } content
                    || content.Any(media => media.Value?["schema"] is null))
                    faults.Add($"{route}: {status} has no response schema");
        }
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task GivenAServicesDocument_ThenEveryOperationDocumentsItsProblemsAsProblemDetails(string service)
    {
        var faults = new List<string>();
        foreach (var (route, op) in await Operations(service))
        {
            // Every route can refuse its input (an unknown query parameter at the least) and can fail.
            foreach (var status in new[] { "400", "500" })
                if (op["responses"]?[status]?["content"]?["application/problem+json"] is null)
                    faults.Add($"{route}: {status} is not documented as application/problem+json");
            if (route.Contains("{id}") || route.Contains("{requestId}"))
                if (op["responses"]?["404"] is null) faults.Add($"{route}: 404 is not documented");
        }
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    [Theory]
    [InlineData("AccountRequests", "PUT /requests/{id}")]
    [InlineData("Approvals", "POST /cases/{requestId}/decision")]
    [InlineData("Custody", "POST /accounts/{id}/custodians")]
    [InlineData("Custody", "POST /handovers/{id}/complete")]
    public async Task GivenAnEditingOperation_ThenItDocumentsIfMatch412AndTheETag(string service, string route)
    {
        var op = (await Operations(service)).Single(o => o.Route == route).Op;
        Assert.Contains(op["parameters"]!.AsArray(), p => (string?)p!["name"] == "If-Match" && (string?)p["in"] == "header");
        Assert.NotNull(op["responses"]?["412"]?["content"]?["application/problem+json"]);
        Assert.Contains(Responses(op), r => r.Status.StartsWith('2') && r.Response["headers"]?["ETag"] is not null);
    }

    private async Task<List<(string Route, JsonNode Op)>> Operations(string service)
    {
        var document = (await fixture.Anonymous(service).GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        return document["paths"]!.AsObject()
            .Where(path => !path.Key.StartsWith("/dev/")) // the persona issuer exists in Development only
            .SelectMany(path => path.Value!.AsObject().Select(op => ($"{op.Key.ToUpperInvariant()} {path.Key}", op.Value!)))
            .ToList();
    }

    private static IEnumerable<(string Status, JsonNode Response)> Responses(JsonNode op) =>
        op["responses"]!.AsObject().Select(r => (r.Key, r.Value!));
}
