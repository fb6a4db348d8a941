using System.Text.Json.Nodes;

namespace AccountGov.Custody.IntegrationTests.OpenApi;

/// <summary>
/// Custody's OpenAPI document is what the Portal and other clients are generated from: every operation must say
/// what its success answer looks like, which only typed results give (an untyped IResult documents no body).
/// </summary>
public class OpenApiTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenTheOpenApiDocument_WhenRead_ThenEveryOperationDescribesItsSuccessAnswer()
    {
        var document = JsonNode.Parse(await fixture.Custody.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();
        var operations = paths.SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value!))).ToList();

        var undescribed = operations.Where(o => !DescribesSuccess(o.Operation)).Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}").ToList();

        Assert.True(operations.Count >= 28, $"Expected every Custody route in the document, found {operations.Count}.");
        Assert.True(undescribed.Count == 0, "No success schema for: " + string.Join(", ", undescribed));
    }

    /// <summary>A 204 has no body by definition; any other 2xx must carry a content schema.</summary>
    private static bool DescribesSuccess(JsonNode operation)
    {
        var success = operation["responses"]?.AsObject().Where(r => r.Key.StartsWith('2')).ToList() ?? [];
        return success.Count > 0 && success.All(r => r.Key == "204" || r.Value?["content"]?.AsObject().Any(c => c.Value?["schema"] is not null) == true);
    }
}
