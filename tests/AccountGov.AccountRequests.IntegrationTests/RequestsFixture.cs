using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AccountGov.AccountRequests.Api;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Testing;
using Marten;
using MassTransit;
using Decisions = AccountGov.Approvals.Contracts;

namespace AccountGov.AccountRequests.IntegrationTests;

[CollectionDefinition(Name)]
public sealed class RequestsCollection : ICollectionFixture<RequestsFixture>
{
    public const string Name = "account-requests";
}

/// <summary>
/// AccountRequests in process on its own database and virtual host, a probe that hears what it publishes, and
/// persona clients. One per test run: the classes of the collection run one after another.
/// </summary>
public sealed class RequestsFixture : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public TestEnvironment Environment { get; private set; } = null!;
    public ServiceHost<AccountRequestsApi> Service { get; private set; } = null!;
    public BusProbe Probe { get; private set; } = null!;
    public HttpClient Rita { get; private set; } = null!;
    public HttpClient Sam { get; private set; } = null!;
    public HttpClient Carl { get; private set; } = null!;
    public HttpClient Beth { get; private set; } = null!;
    public HttpClient Ivy { get; private set; } = null!;
    public HttpClient Ada { get; private set; } = null!;
    public HttpClient Hana { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("requests");
        Service = new ServiceHost<AccountRequestsApi>(Environment, AccountRequestsModule.ServiceName);
        _ = Service.Server;
        Probe = await BusProbe.StartAsync(Environment);
        Rita = await Service.ClientFor(Personas.Rita, "Staff");
        Sam = await Service.ClientFor(Personas.Sam, "Staff", "SeniorManager");
        Carl = await Service.ClientFor(Personas.Carl, "Staff");
        Beth = await Service.ClientFor(Personas.Beth, "BusinessDevelopment");
        Ivy = await Service.ClientFor(Personas.Ivy, "InformationGovernance");
        Ada = await Service.ClientFor(Personas.Ada, "Auditor");
        Hana = await Service.ClientFor(Personas.Hana, "Staff", "HR");
    }

    public async Task DisposeAsync()
    {
        await Probe.DisposeAsync();
        await Service.DisposeAsync();
        await Environment.DisposeAsync();
    }

    public IDocumentStore Store => Service.Get<IDocumentStore>();

    public async Task<RequestAccepted> Submit(object? body = null, HttpClient? as_ = null)
    {
        var response = await (as_ ?? Rita).PostAsJsonAsync("/requests", body ?? Bodies.Valid());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RequestAccepted>(Json))!;
    }

    public async Task<RequestDetails> Get(Guid id, HttpClient? as_ = null)
    {
        var response = await (as_ ?? Rita).GetAsync($"/requests/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RequestDetails>(Json))!;
    }

    /// <summary>Publishes an Approvals decision on the real bus and waits until the service has applied it.</summary>
    public async Task Decide(Guid id, object decision, RequestStatus expected, Guid? messageId = null)
    {
        await Service.Get<IBus>().Publish(decision, decision.GetType(), ctx => ctx.MessageId = messageId ?? Guid.NewGuid());
        await Eventually.True(async () => (await Get(id, Beth)).Status == expected, what: $"request {id} to be {expected}");
    }

    public Task RequestChanges(Guid id, Guid? messageId = null) =>
        Decide(id, new Decisions.ChangesRequested(id, Personas.Beth, "Name the monitoring cover for school holidays.", DateTimeOffset.UtcNow),
            RequestStatus.ChangesRequested, messageId);

    public async Task<long> StreamCount()
    {
        await using var session = Store.QuerySession();
        return await session.Query<Api.Requests.AccountRequest>().CountAsync();
    }
}
