using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marten;
using AccountGov.AccountRequests.Api;
using AccountGov.Testing;

namespace AccountGov.Platform.IntegrationTests;

public class ServiceDefaultsTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Fact]
    public async Task GivenNoToken_WhenCallingAnApi_Then401AsProblemDetails()
    {
        var response = await fixture.Requests.CreateClient().GetAsync($"/requests/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GivenMalformedJson_WhenSubmitting_Then400WithAFieldErrorAndNothingStored()
    {
        var rita = await fixture.Requests.ClientFor(Personas.Rita, "Staff");
        var store = fixture.Requests.Get<IDocumentStore>();
        async Task<int> EventCount() { await using var q = store.QuerySession(); return await q.Events.QueryAllRawEvents().CountAsync(); }
        var before = await EventCount();

        var response = await rita.PostAsync("/requests", new StringContent("{\"team\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
        Assert.Equal(before, await EventCount());
    }

    [Fact]
    public async Task GivenAMissingField_WhenSubmitting_Then400NamingTheField()
    {
        var rita = await fixture.Requests.ClientFor(Personas.Rita, "Staff");
        var response = await rita.PostAsJsonAsync("/requests", new { platform = "X", handle = "@a" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("team", out _));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    public async Task GivenARunningService_WhenProbedAnonymously_Then200(string path)
    {
        var response = await fixture.Requests.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GivenAnUnknownRole_WhenRequestingADevToken_Then400()
    {
        var response = await fixture.Requests.CreateClient().PostAsJsonAsync("/dev/token", new { userId = "x", roles = new[] { "Admin" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GivenADevToken_WhenUsedOnAnotherService_ThenItIsAccepted()
    {
        var rita = await fixture.Requests.ClientFor(Personas.Rita, "Staff");
        var approvals = fixture.Approvals.CreateClient();
        approvals.DefaultRequestHeaders.Authorization = rita.DefaultRequestHeaders.Authorization;
        var response = await approvals.GetAsync($"/cases/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GivenProduction_WhenAskingForADevToken_Then404()
    {
        await using var production = new ServiceHost<AccountRequestsApi>(fixture.Environment, AccountRequestsModule.ServiceName,
            new Dictionary<string, string?> { ["Auth:Authority"] = "https://login.example.invalid/" }, hostEnvironment: "Production");
        var response = await production.CreateClient().PostAsJsonAsync("/dev/token", new { userId = "x", roles = new[] { "Staff" } });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GivenDevelopment_WhenOpeningTheApiReference_ThenItIsServedFromTheServiceItself()
    {
        var response = await fixture.Requests.CreateClient().GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"url\":\"openapi/v1.json\"", page);
        Assert.Contains("<script src=\"scalar.js\">", page); // served by the package, not a CDN
        var script = await fixture.Requests.CreateClient().GetAsync("/scalar/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task GivenProduction_WhenOpeningTheApiReference_Then404()
    {
        await using var production = new ServiceHost<AccountRequestsApi>(fixture.Environment, AccountRequestsModule.ServiceName,
            new Dictionary<string, string?> { ["Auth:Authority"] = "https://login.example.invalid/" }, hostEnvironment: "Production");
        var response = await production.CreateClient().GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GivenNoToken_WhenCallingAnUnknownRoute_Then404NotA401()
    {
        var response = await fixture.Requests.CreateClient().GetAsync("/no-such-route");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GivenAJsonRouteAndNoContentType_WhenPosted_Then415NotA404()
    {
        var rita = await fixture.Requests.ClientFor(Personas.Rita, "Staff");
        var response = await rita.PostAsync("/requests", new StringContent("{}", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
