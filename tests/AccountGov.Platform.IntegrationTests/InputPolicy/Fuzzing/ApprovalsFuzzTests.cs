using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AccountGov.AccountRequests.Api;
using AccountGov.Approvals.Api;
using AccountGov.Testing;
using CsCheck;
using Xunit.Abstractions;

namespace AccountGov.Platform.IntegrationTests.InputPolicy.Fuzzing;

/// <summary>
/// Approvals with a case at each stage (opened the production way, from AccountRequests over the bus). AccountRequests
/// is stopped once the cases exist and the deadline sweep is off, so only the fuzzed requests write to Approvals.
/// </summary>
public sealed class ApprovalsFuzzFixture : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public ServiceHost<ApprovalsApi> Approvals { get; private set; } = null!;
    public Guid AwaitingEndorsement { get; private set; }
    public Guid AwaitingDpiaReview { get; private set; }
    public Guid AwaitingDecision { get; private set; }

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("fuzzappr");
        Approvals = new ServiceHost<ApprovalsApi>(Environment, ApprovalsModule.ServiceName,
            new Dictionary<string, string?> { ["Approvals:SweepEnabled"] = "false" });
        await using var requests = new ServiceHost<AccountRequestsApi>(Environment, AccountRequestsModule.ServiceName);
        await Task.WhenAll(Approvals.StartAsync(), requests.StartAsync());

        var rita = await requests.ClientFor(Personas.Rita, "Staff");
        var sam = await Approvals.ClientFor(Personas.Sam, "SeniorManager");
        AwaitingEndorsement = await ThinSubmission.SubmitAsync(rita, "@fuzz_endorse");
        AwaitingDecision = await ThinSubmission.SubmitAsync(rita, "@fuzz_decide");
        var dpia = RequestsFuzzTests.BusinessCase("@fuzz_review");
        dpia["dpiaScreening"]!["personalData"] = true;
        AwaitingDpiaReview = (await (await rita.PostAsJsonAsync("/requests", dpia)).Content.ReadFromJsonAsync<ThinSubmission.Created>())!.Id;
        foreach (var id in new[] { AwaitingEndorsement, AwaitingDecision, AwaitingDpiaReview })
            await Eventually.True(async () => (await sam.GetAsync($"/cases/{id}")).IsSuccessStatusCode, what: "the case to open");
        (await sam.PostAsJsonAsync($"/cases/{AwaitingDecision}/endorsement", new { endorsed = true })).EnsureSuccessStatusCode();
        (await sam.PostAsJsonAsync($"/cases/{AwaitingDpiaReview}/endorsement", new { endorsed = true })).EnsureSuccessStatusCode();
        (await rita.PostAsJsonAsync($"/requests/{AwaitingDpiaReview}/dpia", JsonNode.Parse("""
            {"descriptionOfProcessing":"Messages.","necessityAndProportionality":"Needed.","residualRisk":"Low",
             "risks":[{"description":"Detail posted","likelihood":"Possible","severity":"Significant","mitigation":"Moderation"}]}
            """))).EnsureSuccessStatusCode();
        await Eventually.True(async () => (await sam.GetFromJsonAsync<JsonObject>($"/cases/{AwaitingDpiaReview}"))!["dpiaAttached"]!.GetValue<bool>(),
            what: "the DPIA to reach Approvals");
        await Stored.Settle(Approvals);
    }

    public async Task DisposeAsync()
    {
        await Approvals.DisposeAsync();
        await Environment.DisposeAsync();
    }
}

public class ApprovalsFuzzTests(ApprovalsFuzzFixture fixture, ITestOutputHelper output) : IClassFixture<ApprovalsFuzzFixture>
{
    private async Task Run(string route, string persona, string role, HttpMethod method, Gen<FuzzInput> inputs)
    {
        var client = await fixture.Approvals.ClientFor(persona, role);
        await new FuzzRunner(output).Run(route, client, method, inputs, () => Stored.Events(fixture.Approvals), () => Stored.Settle(fixture.Approvals));
    }

    private static Gen<FuzzInput> Bodies(string path, JsonObject template) => Mutations.Of(template).Select(b => FuzzInput.Json(path, b));

    [Fact]
    public Task Endorse() => Run("POST /cases/{id}/endorsement", Personas.Sam, "SeniorManager", HttpMethod.Post,
        Bodies($"/cases/{fixture.AwaitingEndorsement}/endorsement", new JsonObject { ["endorsed"] = true, ["comment"] = "Supported." }));

    [Fact]
    public Task ReviewDpia() => Run("POST /cases/{id}/dpia-review", Personas.Ivy, "InformationGovernance", HttpMethod.Post,
        Bodies($"/cases/{fixture.AwaitingDpiaReview}/dpia-review", new JsonObject { ["outcome"] = "Accepted", ["comment"] = "Proportionate." }));

    [Fact]
    public Task Decide() => Run("POST /cases/{id}/decision", Personas.Beth, "BusinessDevelopment", HttpMethod.Post,
        Bodies($"/cases/{fixture.AwaitingDecision}/decision",
            new JsonObject { ["outcome"] = "Approved", ["comment"] = "Approved.", ["conditions"] = new JsonArray("Monthly content review") }));

    [Fact]
    public Task QueueFilters() => Run("GET /cases?filters", Personas.Beth, "BusinessDevelopment", HttpMethod.Get,
        Gen.Select(Nasty.Text, Gen.OneOf("stage", "status", "skip", "take"),
            (value, name) => FuzzInput.Json($"/cases?{name}={Nasty.UrlEncode(value)}", "")));
}
