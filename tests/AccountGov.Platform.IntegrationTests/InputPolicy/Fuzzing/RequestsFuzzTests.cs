using System.Text.Json;
using System.Text.Json.Nodes;
using AccountGov.AccountRequests.Api;
using AccountGov.Testing;
using CsCheck;
using Xunit.Abstractions;

namespace AccountGov.Platform.IntegrationTests.InputPolicy.Fuzzing;

/// <summary>AccountRequests alone (nothing else writes to its store), with a request to revise, attach to and withdraw.</summary>
public sealed class RequestsFuzzFixture : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public ServiceHost<AccountRequestsApi> Requests { get; private set; } = null!;
    public HttpClient Rita { get; private set; } = null!;
    public Guid Submitted { get; private set; }
    public Guid NeedsDpia { get; private set; }

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("fuzzreq");
        Requests = await new ServiceHost<AccountRequestsApi>(Environment, AccountRequestsModule.ServiceName).StartAsync();
        Rita = await Requests.ClientFor(Personas.Rita, "Staff");
        Submitted = await ThinSubmission.SubmitAsync(Rita, "@fuzz_submitted");
        var dpia = RequestsFuzzTests.BusinessCase("@fuzz_dpia");
        dpia["dpiaScreening"]!["personalData"] = true;
        var response = await Rita.PostAsync("/requests", new StringContent(dpia.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        NeedsDpia = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    public async Task DisposeAsync()
    {
        await Requests.DisposeAsync();
        await Environment.DisposeAsync();
    }
}

public class RequestsFuzzTests(RequestsFuzzFixture fixture, ITestOutputHelper output) : IClassFixture<RequestsFuzzFixture>
{
    public static JsonObject BusinessCase(string handle) => JsonSerializer.SerializeToNode(ThinSubmission.Body(handle))!.AsObject();

    private static readonly JsonObject Dpia = JsonNode.Parse("""
        {"descriptionOfProcessing":"Families message the clinic.","necessityAndProportionality":"Needed for reminders.",
         "risks":[{"description":"Clinical detail posted","likelihood":"Possible","severity":"Significant","mitigation":"Moderation"}],
         "residualRisk":"Low"}
        """)!.AsObject();

    private Task Run(string route, HttpMethod method, Gen<FuzzInput> inputs) =>
        new FuzzRunner(output).Run(route, fixture.Rita, method, inputs, () => Stored.Events(fixture.Requests), () => Stored.Settle(fixture.Requests));

    [Fact]
    public Task Submit() => Run("POST /requests", HttpMethod.Post,
        Mutations.Of(BusinessCase("@fuzz")).Select(b => FuzzInput.Json("/requests", b)));

    [Fact]
    public Task Revise() => Run("PUT /requests/{id}", HttpMethod.Put,
        Mutations.Of(BusinessCase("@fuzz")).Select(b => FuzzInput.Json($"/requests/{fixture.Submitted}", b)));

    [Fact]
    public Task AttachDpia() => Run("POST /requests/{id}/dpia", HttpMethod.Post,
        Mutations.Of(Dpia).Select(b => FuzzInput.Json($"/requests/{fixture.NeedsDpia}/dpia", b)));

    [Fact]
    public Task Withdraw() => Run("POST /requests/{id}/withdraw", HttpMethod.Post,
        Mutations.Of(new JsonObject { ["reason"] = "No longer needed." }).Select(b => FuzzInput.Json($"/requests/{fixture.Submitted}/withdraw", b)));

    [Fact]
    public Task ListFilters() => Run("GET /requests?filters", HttpMethod.Get,
        Gen.Select(Nasty.Text, Gen.OneOf("team", "requester", "status", "skip", "take", "platform\u0000"),
            (value, name) => FuzzInput.Json($"/requests?{Nasty.UrlEncode(name)}={Nasty.UrlEncode(value)}", "")));
}
