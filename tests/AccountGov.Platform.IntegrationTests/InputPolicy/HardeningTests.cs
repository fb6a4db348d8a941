using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using AccountGov.AccountRequests.Api;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.Testing;
using Marten;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AccountGov.Platform.IntegrationTests.InputPolicy;

/// <summary>Issue 11's findings on identity, headers and body size, on AccountRequests and Approvals in process.</summary>
public class HardeningTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string ShippedDevKey = "development-only-key: /dev/token exists only in Development, so this is no secret";

    [Fact]
    public async Task GivenATokenWithoutSub_WhenCallingEitherService_Then401()
    {
        var key = fixture.Requests.Get<DevSigningKey>().Key;
        var token = Mint(key, new Claim(AuthClaims.Name, "Rita Shah"), new Claim(AuthClaims.Role, Roles.Staff));
        foreach (var (host, path) in new[] { (fixture.Requests.CreateClient(), "/requests/mine"), (fixture.Approvals.CreateClient(), "/cases/awaiting-my-endorsement") })
        {
            host.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task GivenATokenSignedWithTheKeyThatUsedToShip_WhenUsed_Then401()
    {
        var token = Mint(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ShippedDevKey)),
            new Claim(AuthClaims.Subject, Personas.Rita), new Claim(AuthClaims.Role, Roles.Staff));
        var client = fixture.Requests.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/requests/mine")).StatusCode);
    }

    [Fact]
    public void GivenDevelopment_WhenStarted_ThenTheSigningKeyIsThisMachinesOwnFile()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "AccountGov.sln"))) root = root.Parent!;
        var file = Path.Combine(root.FullName, ".keys", "dev-signing-key");
        Assert.Equal(Convert.FromBase64String(File.ReadAllText(file).Trim()), fixture.Requests.Get<DevSigningKey>().Key.Key);
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Theory]
    [InlineData("Auth:Authority", "https://login.example.invalid/")]
    [InlineData("urls", "http://0.0.0.0:5101")]
    [InlineData("urls", "http://127.0.0.1:5101;http://*:5201")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://10.1.2.3:5101")]
    public void GivenDevelopmentWithAnAuthorityOrAPublicUrl_WhenStarting_ThenTheHostRefuses(string key, string value)
    {
        using var host = new ServiceHost<AccountRequestsApi>(fixture.Environment, AccountRequestsModule.ServiceName,
            new Dictionary<string, string?> { [key] = value });
        var refused = Record.Exception(() => host.CreateClient());
        Assert.NotNull(refused);
        Assert.Contains("/dev/token", Flatten(refused));
    }

    [Fact]
    public async Task GivenDevelopmentWithAnAuthorityAndDevTokensOff_WhenADevTokenIsPresented_Then401AndNoMint()
    {
        var rita = await fixture.Requests.ClientFor(Personas.Rita, Roles.Staff);
        await using var host = new ServiceHost<AccountRequestsApi>(fixture.Environment, AccountRequestsModule.ServiceName,
            new Dictionary<string, string?> { ["Auth:Authority"] = "https://login.example.invalid/", ["Auth:DevTokens"] = "false" });
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/dev/token", new { userId = "x", roles = new[] { "Staff" } })).StatusCode);
        client.DefaultRequestHeaders.Authorization = rita.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/requests/mine")).StatusCode);
    }

    [Fact]
    public async Task GivenAnApiResponse_ThenItIsNotCachedFramedOrSniffed()
    {
        var rita = await fixture.Requests.ClientFor(Personas.Rita, Roles.Staff);
        var response = await rita.GetAsync("/requests/mine");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(fixture.Requests.Get<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
        Assert.False(fixture.Approvals.Get<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task GivenAnAnonymousDocument_ThenItCarriesTheHeadersToo()
    {
        var response = await fixture.Approvals.CreateClient().GetAsync("/openapi/v1.json");
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task GivenAJsonBodyOverTheLimit_WhenSubmitting_Then413AndNothingStored()
    {
        var rita = await fixture.Requests.ClientFor(Personas.Rita, Roles.Staff);
        var before = await EventCount();
        var body = JsonSerializer.Serialize(ThinSubmission.Body("@big")).Replace("\"purpose\":\"", "\"purpose\":\"" + new string('a', 300_000));

        var chunked = await rita.PostAsync("/requests", new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)))
            { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
        var declared = await rita.PostAsync("/requests", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal("application/problem+json", declared.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await EventCount());
    }

    [Theory]
    [InlineData("handle", "@nhs\u202Ephysio")]
    [InlineData("handle", "@nhs\u200Bphysio")]
    [InlineData("team", "Physio\u0000")]
    public async Task GivenALookAlikeHandleOrANul_WhenSubmitting_Then400NamingTheFieldWithoutEchoAndNothingStored(string field, string value)
    {
        var rita = await fixture.Requests.ClientFor(Personas.Rita, Roles.Staff);
        var before = await EventCount();
        var body = JsonSerializer.SerializeToNode(ThinSubmission.Body("@physio"))!.AsObject();
        body[field] = value;

        var response = await rita.PostAsJsonAsync("/requests", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _));
        Assert.DoesNotContain("physio", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await EventCount());
    }

    [Fact]
    public async Task GivenADecomposedAccent_WhenSubmitted_ThenStoredAsNfc()
    {
        var rita = await fixture.Requests.ClientFor(Personas.Rita, Roles.Staff);
        var id = await ThinSubmission.SubmitAsync(rita, "@cafe\u0301_physio");
        var stored = await rita.GetFromJsonAsync<JsonElement>($"/requests/{id}");
        Assert.Equal("@caf\u00E9_physio", stored.GetProperty("handle").GetString());
    }

    [Theory]
    [InlineData("/requests?team=Physio%00")]
    [InlineData("/requests?requester=rita%E2%80%AE")]
    [InlineData("/requests?team=Physio%E2%80%8B")]
    public async Task GivenANulOrBidiInAListFilter_WhenListing_Then400(string path)
    {
        var beth = await fixture.Requests.ClientFor(Personas.Beth, Roles.BusinessDevelopment);
        var response = await beth.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<int> EventCount()
    {
        await using var q = fixture.Requests.Get<IDocumentStore>().QuerySession();
        return await q.Events.QueryAllRawEvents().CountAsync();
    }

    private static string Mint(SecurityKey key, params Claim[] claims) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "accountgov-dev",
        Audience = "accountgov",
        Subject = new ClaimsIdentity(claims),
        Expires = DateTime.UtcNow.AddMinutes(10),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
    });

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : $"{e.Message} {Flatten(e.InnerException)}";

    [Fact]
    public async Task GivenAQueryParameterTheRouteDoesNotTake_WhenListing_Then400NamingItAndWhatTheRouteTakes()
    {
        var rita = await fixture.Requests.ClientFor(Personas.Rita, Roles.Staff);
        var beth = await fixture.Approvals.ClientFor(Personas.Beth, Roles.BusinessDevelopment);

        var unknown = await beth.GetAsync("/cases?overdue=true");
        var known = await beth.GetAsync("/cases?stage=SponsorEndorsement");
        var mine = await rita.GetAsync("/requests/mine?handle=@x");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("overdue")[0].GetString();
        Assert.Contains("stage", message);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, mine.StatusCode);
    }
}
