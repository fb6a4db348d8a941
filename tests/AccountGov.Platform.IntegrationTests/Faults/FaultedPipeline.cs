using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using AccountGov.AccountRequests.Api;
using AccountGov.AccountRequests.Api.Requests;
using AccountGov.Approvals.Api;
using AccountGov.Approvals.Api.Cases;
using AccountGov.Testing;
using Marten;

namespace AccountGov.Platform.IntegrationTests.Faults;

/// <summary>
/// AccountRequests and Approvals in process, reaching RabbitMQ through <see cref="Broker"/> and AccountRequests'
/// database through <see cref="Database"/>, so a test can break either mid-burst without touching the shared
/// servers. A probe straight to the broker records every RequestSubmitted delivery.
/// </summary>
public sealed class FaultedPipeline : IAsyncDisposable
{
    private FaultedPipeline(TestEnvironment environment, FaultProxy broker, FaultProxy database,
        ServiceHost<AccountRequestsApi> requests, ServiceHost<ApprovalsApi> approvals, SubmittedProbe probe)
    {
        Environment = environment;
        Broker = broker;
        Database = database;
        Requests = requests;
        Approvals = approvals;
        Probe = probe;
    }

    public TestEnvironment Environment { get; }
    public FaultProxy Broker { get; }
    public FaultProxy Database { get; }
    public ServiceHost<AccountRequestsApi> Requests { get; }
    public ServiceHost<ApprovalsApi> Approvals { get; }
    public SubmittedProbe Probe { get; }

    public static async Task<FaultedPipeline> StartAsync(string label)
    {
        var environment = await TestEnvironment.CreateAsync(label);
        var rabbit = environment.Servers.Rabbit;
        var postgres = new Npgsql.NpgsqlConnectionStringBuilder(environment.Servers.Postgres);
        var broker = FaultProxy.Start(rabbit.Host, rabbit.Port);
        var database = FaultProxy.Start(postgres.Host!, postgres.Port);
        var viaBroker = new Dictionary<string, string?> { ["RabbitMq:Host"] = "127.0.0.1", ["RabbitMq:Port"] = broker.Port.ToString() };
        var requestsDatabase = new Npgsql.NpgsqlConnectionStringBuilder(environment.DatabaseFor(AccountRequestsModule.ServiceName))
        {
            Host = "127.0.0.1", Port = database.Port,
        };
        var requests = new ServiceHost<AccountRequestsApi>(environment, AccountRequestsModule.ServiceName,
            new Dictionary<string, string?>(viaBroker) { ["ConnectionStrings:EventStore"] = requestsDatabase.ConnectionString });
        var approvals = new ServiceHost<ApprovalsApi>(environment, ApprovalsModule.ServiceName, viaBroker);
        await Task.WhenAll(requests.StartAsync(), approvals.StartAsync());
        var probe = await SubmittedProbe.StartAsync(environment);
        return new FaultedPipeline(environment, broker, database, requests, approvals, probe);
    }

    /// <summary>
    /// Submits <paramref name="count"/> requests, four at a time, as a careful client would: each with its own
    /// Idempotency-Key, retried with the same key until it is answered 201. <paramref name="fault"/> runs once, when a
    /// third of them have been answered. Returns the handles and the ids the answers gave.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Guid>> Burst(int count, Func<Task> fault)
    {
        var rita = await Requests.ClientFor(Personas.Rita, "Staff");
        var created = new System.Collections.Concurrent.ConcurrentDictionary<string, Guid>();
        using var gate = new SemaphoreSlim(4);
        var faulted = 0;
        var faultTask = Task.CompletedTask;
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var handle = $"@f{i:D3}{Guid.NewGuid():N}"[..14];
                created[handle] = await SubmitUntilAnswered(rita, handle);
                if (created.Count >= count / 3 && Interlocked.Exchange(ref faulted, 1) == 0) faultTask = fault();
            }
            finally
            {
                gate.Release();
            }
        }));
        await faultTask;
        return created;
    }

    private static async Task<Guid> SubmitUntilAnswered(HttpClient client, string handle)
    {
        var key = Guid.NewGuid().ToString();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/requests") { Content = JsonContent.Create(ThinSubmission.Body(handle)) };
                request.Headers.Add("Idempotency-Key", key);
                var response = await client.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.Created)
                    return (await response.Content.ReadFromJsonAsync<ThinSubmission.Created>())!.Id;
                if ((int)response.StatusCode < 500 || attempt >= 30)
                    throw new InvalidOperationException($"Submitting {handle} was answered {(int)response.StatusCode} on attempt {attempt}.");
            }
            catch (HttpRequestException) when (attempt < 30) { }
            await Task.Delay(200);
        }
    }

    /// <summary>What each service stored for the burst: requests per handle, and the cases that opened.</summary>
    public async Task<(IReadOnlyDictionary<string, int> RequestsPerHandle, IReadOnlyCollection<Guid> Cases)> Stored(IReadOnlyDictionary<string, Guid> burst)
    {
        var handles = burst.Keys.ToArray();
        var ids = burst.Values.ToArray();
        await using var requests = Requests.Get<IDocumentStore>().QuerySession();
        var perHandle = (await requests.Query<AccountRequest>().Where(r => handles.Contains(r.Handle)).Select(r => r.Handle).ToListAsync())
            .GroupBy(h => h).ToDictionary(g => g.Key, g => g.Count());
        await using var approvals = Approvals.Get<IDocumentStore>().QuerySession();
        var cases = (await approvals.LoadManyAsync<Case>(ids)).Select(c => c.Id).ToArray();
        return (perHandle, cases);
    }

    /// <summary>Waits until Approvals has a case for every request of the burst; returns how long that took.</summary>
    public async Task<TimeSpan> UntilEveryCaseOpened(IReadOnlyDictionary<string, Guid> burst, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        await Eventually.True(async () => (await Stored(burst)).Cases.Count == burst.Count, within: bound,
            what: $"a case for each of the {burst.Count} requests");
        return clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        await Probe.DisposeAsync();
        await Requests.DisposeAsync();
        await Approvals.DisposeAsync();
        await Broker.DisposeAsync();
        await Database.DisposeAsync();
        await Environment.DisposeAsync();
    }
}
