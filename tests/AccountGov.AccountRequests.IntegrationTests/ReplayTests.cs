using System.Text.Json;
using AccountGov.AccountRequests.Api.Requests;
using AccountGov.AccountRequests.Api.Requests.Screening;
using AccountGov.AccountRequests.Api.Requests.Validating;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Testing;
using Marten;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.AccountRequests.IntegrationTests;

/// <summary>
/// Marten 9 silently ignores a non-public Create/Apply, and the build still passes. So every domain event is
/// appended through real Marten onto a state where it must matter, and the rebuilt aggregate must differ.
/// </summary>
[Collection(RequestsCollection.Name)]
public class ReplayTests(RequestsFixture fx)
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static BusinessCase Case(string purpose = "Share exercise videos.")
    {
        var errors = new FieldErrors();
        var body = new BusinessCaseBody("Paediatric Physiotherapy", "Instagram", "@replay", purpose, "Parents.", "Adherence.",
            "Comments.", "Mon-Fri 08:00-17:00", new PersonBody(Personas.Sam, "Sam Patel", "sam@example.nhs.uk"),
            [new CustodianBody(Personas.Carl, "Carl Obi", "carl@example.nhs.uk"), new CustodianBody(Personas.Dina, "Dina Roy", "dina@example.nhs.uk")],
            new AttestationsBody(true, true, true), new DpiaScreeningBody(true, false, false, false, false, false, false, false, false, false));
        return BusinessCaseRules.Validate(body, Personas.Rita, errors) ?? throw new InvalidOperationException("invalid test case");
    }

    private static RequestSubmitted Submitted(Guid id) =>
        new(id, new Person(Personas.Rita, "Rita Shah", "rita@example.nhs.uk"), Case(), true, ScreeningPolicy.Current.Reference, At);

    /// <summary>For each event type: the stream before it, and the event.</summary>
    private static (object[] Given, IRequestEvent When) Scenario(Type type, Guid id) => type.Name switch
    {
        nameof(RequestSubmitted) => ([], Submitted(id)),
        nameof(RequestRevised) => ([Submitted(id), new ChangesRequested(id, Personas.Beth, "More.", At)],
            new RequestRevised(id, 2, Submitted(id).Requester, Case("A new purpose."), true, ScreeningPolicy.Current.Reference, true, At.AddDays(1))),
        nameof(DpiaAttached) => ([Submitted(id)], new DpiaAttached(id, 1, new FullDpia("Processing.", "Necessary.",
            [new DpiaRisk("Risk.", Likelihood.Remote, Severity.Minimal, "Mitigation.")], ResidualRisk.Low), Personas.Rita, At)),
        nameof(RequestWithdrawn) => ([Submitted(id)], new RequestWithdrawn(id, Personas.Rita, null, At)),
        nameof(ChangesRequested) => ([Submitted(id)], new ChangesRequested(id, Personas.Beth, "More.", At)),
        nameof(RequestApproved) => ([Submitted(id)], new RequestApproved(id, Personas.Beth, [], At)),
        nameof(RequestRejected) => ([Submitted(id)], new RequestRejected(id, "DpiaReview", Personas.Ivy, "Too risky.", At)),
        nameof(SponsorReplaced) => ([Submitted(id)], new SponsorReplaced(id, new Person(Personas.Bob, "Bob Evans", "bob@example.nhs.uk"), Personas.Rita, At)),
        _ => throw new InvalidOperationException($"No replay scenario for {type.Name}: add one."),
    };

    public static readonly Type[] AllEventTypes = typeof(IRequestEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRequestEvent).IsAssignableFrom(t)).ToArray();

    public static TheoryData<string> EventTypes => new(AllEventTypes.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(EventTypes))]
    public async Task GivenASuitableStream_WhenTheEventIsAppendedAndReplayed_ThenTheAggregateChanges(string eventType)
    {
        var id = Guid.NewGuid();
        var (given, when) = Scenario(AllEventTypes.Single(t => t.Name == eventType), id);
        Assert.Equal(eventType, when.GetType().Name);

        await using var session = fx.Store.LightweightSession();
        if (given.Length > 0)
        {
            session.Events.StartStream<AccountRequest>(id, given);
            await session.SaveChangesAsync();
        }
        var before = given.Length == 0 ? null : await session.Events.AggregateStreamAsync<AccountRequest>(id);
        if (given.Length == 0) session.Events.StartStream<AccountRequest>(id, when);
        else session.Events.Append(id, when);
        await session.SaveChangesAsync();

        var after = await session.Events.AggregateStreamAsync<AccountRequest>(id);
        Assert.NotNull(after);
        Assert.NotEqual(Json(before), Json(after));
        // The inline snapshot the endpoints read is built by the same public Create/Apply.
        Assert.Equal(Json(after), Json(await session.LoadAsync<AccountRequest>(id)));
    }

    [Fact]
    public void GivenTheDomain_ThenEveryEventTypeHasAReplayScenario()
    {
        var covered = AllEventTypes.Select(t => Scenario(t, Guid.NewGuid()).When.GetType()).ToHashSet();
        Assert.Equal(AllEventTypes.OrderBy(t => t.Name), covered.OrderBy(t => t.Name));
        Assert.Equal(8, AllEventTypes.Length);
    }

    [Fact]
    public void GivenTheAggregate_ThenEveryEventTypeHasAPublicCreateOrApply()
    {
        var handled = typeof(AccountRequest).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance)
            .Where(m => m.Name is "Create" or "Apply").Select(m => m.GetParameters()[0].ParameterType).ToHashSet();
        Assert.Equal(AllEventTypes.OrderBy(t => t.Name), handled.OrderBy(t => t.Name));
    }

    private static string Json(AccountRequest? r) => JsonSerializer.Serialize(r);
}
