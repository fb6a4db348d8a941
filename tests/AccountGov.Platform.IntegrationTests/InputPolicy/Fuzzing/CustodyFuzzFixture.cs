using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Api;
using AccountGov.Testing;
using MassTransit;

namespace AccountGov.Platform.IntegrationTests.InputPolicy.Fuzzing;

/// <summary>
/// Custody alone, with two accounts registered the production way (an approval on the bus): one for everything,
/// one to decommission. The handover clock ticks once at start and then daily, so only fuzzed requests write.
/// </summary>
public sealed class CustodyFuzzFixture : IAsyncLifetime
{
    private readonly string keyFile = Path.Combine(Path.GetTempPath(), $"accountgov-fuzz-kek-{Guid.NewGuid():N}.json");

    public TestEnvironment Environment { get; private set; } = null!;
    public ServiceHost<CustodyApi> Custody { get; private set; } = null!;
    public Guid Account { get; private set; }
    public Guid Retiring { get; private set; }

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("fuzzcust");
        Custody = await new ServiceHost<CustodyApi>(Environment, CustodyModule.ServiceName, new Dictionary<string, string?>
        {
            ["Custody:KeyFile"] = keyFile,
            ["Custody:Clock:IntervalSeconds"] = "86400",
        }).StartAsync();
        Account = await Register("@fuzz_custody");
        Retiring = await Register("@fuzz_retiring");
        var carl = await Custody.ClientFor(Personas.Carl, "Staff");
        (await carl.PutAsJsonAsync($"/accounts/{Account}/credential", new { username = "physio", password = "correct horse battery" }))
            .EnsureSuccessStatusCode();
        await Stored.Settle(Custody);
    }

    private async Task<Guid> Register(string handle)
    {
        var requestId = Guid.NewGuid();
        await Custody.Get<IBus>().Publish(new AccountRequestApproved(requestId, "Paediatric Physiotherapy", "Instagram", handle,
            new ApprovedStaff(Personas.Sam, Personas.NameOf(Personas.Sam)),
            [new(Personas.Carl, Personas.NameOf(Personas.Carl), ApprovedCustodianRole.Primary),
             new(Personas.Dina, Personas.NameOf(Personas.Dina), ApprovedCustodianRole.Deputy)],
            ["Monthly content review"], Personas.Beth, DateTimeOffset.UtcNow));
        var ada = await Custody.ClientFor(Personas.Ada, "Auditor");
        var id = await Eventually.Get(async () =>
        {
            var list = await ada.GetFromJsonAsync<JsonArray>($"/accounts?requestId={requestId}");
            return list is [JsonObject account] ? account["id"]!.GetValue<string>() : null;
        }, what: $"account {handle} in the register");
        return Guid.Parse(id);
    }

    public async Task DisposeAsync()
    {
        await Custody.DisposeAsync();
        await Environment.DisposeAsync();
        File.Delete(keyFile);
    }
}
