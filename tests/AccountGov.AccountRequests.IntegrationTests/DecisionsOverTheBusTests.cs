using System.Net.Http.Json;
using AccountGov.AccountRequests.Api.Inbound;
using AccountGov.AccountRequests.Contracts;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.EventSourcing.Consuming;
using AccountGov.Testing;
using Marten;
using MassTransit;
using Decisions = AccountGov.Approvals.Contracts;

namespace AccountGov.AccountRequests.IntegrationTests;

/// <summary>Approvals' decisions arrive on the real broker; what this service publishes leaves through it.</summary>
[Collection(RequestsCollection.Name)]
public class DecisionsOverTheBusTests(RequestsFixture fx)
{
    [Fact]
    public async Task GivenASubmittedRequest_WhenApprovalArrives_ThenApprovedWithTheDeciderInHistory()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@bus-approved"));
        await fx.Decide(created.Id, new Decisions.AccountRequestApproved(created.Id, "Paediatric Physiotherapy", "Instagram", "@bus-approved",
            new Decisions.ApprovedStaff(Personas.Sam, "Sam Patel"), [], ["Review in 12 months."], Personas.Beth, DateTimeOffset.UtcNow),
            RequestStatus.Approved);

        var read = await fx.Get(created.Id);
        Assert.NotNull(read.DecidedAt);
        Assert.Equal(("Approved", Personas.Beth), (read.History[^1].Event, read.History[^1].By));
    }

    [Fact]
    public async Task GivenASubmittedRequest_WhenRejectionArrives_ThenRejectedWithTheReason()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@bus-rejected"));
        await fx.Decide(created.Id, new Decisions.AccountRequestRejected(created.Id, "DpiaReview", Personas.Ivy, "Residual risk too high.",
            DateTimeOffset.UtcNow), RequestStatus.Rejected);
        Assert.Contains("Residual risk too high.", (await fx.Get(created.Id)).History[^1].Comment);
    }

    [Fact]
    public async Task GivenTheSameDecisionDeliveredThreeTimes_WhenConsumed_ThenAppliedOnce()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@bus-redelivered"));
        var messageId = Guid.NewGuid();
        await fx.RequestChanges(created.Id, messageId);
        var bus = fx.Service.Get<IBus>();
        var message = new Decisions.ChangesRequested(created.Id, Personas.Beth, "Again.", DateTimeOffset.UtcNow);
        await bus.Publish(message, ctx => ctx.MessageId = messageId);
        await bus.Publish(message, ctx => ctx.MessageId = messageId);

        await Eventually.True(() => Task.FromResult(
            fx.Service.Logs.Lines.Count(l => l.Contains("already handled") && l.Contains(messageId.ToString())) == 2),
            what: "both redeliveries to be ignored");
        var read = await fx.Get(created.Id);
        Assert.Equal(2, read.Version);
        await using var session = fx.Store.QuerySession();
        var key = ProcessedMessage.KeyFor(nameof(ChangesRequestedConsumer), messageId);
        Assert.Equal(1, await session.Query<ProcessedMessage>().CountAsync(p => p.Id == key));
    }

    [Fact]
    public async Task GivenAnUnknownRequest_WhenADecisionArrives_ThenItIsRecordedAsHandledAndNothingIsCreated()
    {
        var id = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        await fx.Service.Get<IBus>().Publish(new Decisions.ChangesRequested(id, Personas.Beth, "?", DateTimeOffset.UtcNow),
            ctx => ctx.MessageId = messageId);
        var key = ProcessedMessage.KeyFor(nameof(ChangesRequestedConsumer), messageId);
        await Eventually.True(async () =>
        {
            await using var query = fx.Store.QuerySession();
            return await query.LoadAsync<ProcessedMessage>(key) is not null;
        }, what: "the decision to be consumed");
        await using var session = fx.Store.QuerySession();
        Assert.Null(await session.Events.FetchStreamStateAsync(id));
        Assert.Contains(fx.Service.Logs.Lines, l => l.Contains(id.ToString()) && l.Contains("does not hold"));
    }

    [Fact]
    public async Task GivenAWithdrawnRequest_WhenALateApprovalArrives_ThenItStaysWithdrawn()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@bus-late"));
        await fx.Rita.PostAsync($"/requests/{created.Id}/withdraw", null);
        var messageId = Guid.NewGuid();
        await fx.Service.Get<IBus>().Publish(new Decisions.AccountRequestApproved(created.Id, "T", "Instagram", "@bus-late",
            new Decisions.ApprovedStaff(Personas.Sam, "Sam Patel"), [], [], Personas.Beth, DateTimeOffset.UtcNow), ctx => ctx.MessageId = messageId);

        var key = ProcessedMessage.KeyFor(nameof(AccountRequestApprovedConsumer), messageId);
        await Eventually.True(async () =>
        {
            await using var session = fx.Store.QuerySession();
            return await session.LoadAsync<ProcessedMessage>(key) is not null;
        }, what: "the late approval to be consumed");
        Assert.Equal(RequestStatus.Withdrawn, (await fx.Get(created.Id)).Status);
    }

    [Fact]
    public async Task GivenTheLifecycle_WhenItRuns_ThenEachPublicFactIsPublishedOnceWithTheEventIdAsMessageId()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@bus-published").With("dpiaScreening", Bodies.Screening(yes: "personalData")));
        var submitted = await fx.Probe.WaitFor<RequestSubmitted>(m => m.RequestId == created.Id, "RequestSubmitted");
        Assert.True(submitted.DpiaRequired);
        Assert.Equal(("Paediatric Physiotherapy", "Instagram", "@bus-published", 1), (submitted.Team, submitted.Platform, submitted.Handle, submitted.Revision));
        Assert.Equal([(Personas.Carl, CustodianRole.Primary), (Personas.Dina, CustodianRole.Deputy)], submitted.Custodians.Select(c => (c.UserId, c.Role)));

        await fx.Rita.PostAsJsonAsync($"/requests/{created.Id}/dpia", Bodies.Dpia());
        var attached = await fx.Probe.WaitFor<DpiaAttached>(m => m.RequestId == created.Id, "DpiaAttached");
        Assert.Equal((1, Personas.Rita, Bodies.Dpia()["residualRisk"]!.GetValue<string>()), (attached.Revision, attached.AttachedBy, attached.ResidualRisk));

        await fx.RequestChanges(created.Id);
        var body = Bodies.Valid(handle: "@bus-published").With("dpiaScreening", Bodies.Screening(yes: "personalData"));
        await fx.Rita.PutAsJsonAsync($"/requests/{created.Id}", body);
        var unchanged = await fx.Probe.WaitFor<RequestRevised>(m => m.RequestId == created.Id, "RequestRevised");
        Assert.Equal((2, false, true), (unchanged.Revision, unchanged.ContentChanged, unchanged.DpiaRequired));

        await fx.RequestChanges(created.Id);
        await fx.Rita.PutAsJsonAsync($"/requests/{created.Id}", body.With("handle", "@bus-published2"));
        var changed = await fx.Probe.WaitFor<RequestRevised>(m => m.RequestId == created.Id && m.Revision == 3, "the second RequestRevised");
        Assert.True(changed.ContentChanged);
        Assert.Equal("@bus-published2", changed.Handle);

        await fx.Rita.PostAsync($"/requests/{created.Id}/withdraw", null);
        await fx.Probe.WaitFor<RequestWithdrawn>(m => m.RequestId == created.Id, "RequestWithdrawn");

        await using var session = fx.Store.QuerySession();
        var eventIds = (await session.Events.FetchStreamAsync(created.Id)).Select(e => e.Id).ToHashSet();
        var published = fx.Probe.Received.Where(r => r.Message switch
        {
            RequestSubmitted m => m.RequestId == created.Id, RequestRevised m => m.RequestId == created.Id,
            DpiaAttached m => m.RequestId == created.Id, RequestWithdrawn m => m.RequestId == created.Id, _ => false,
        }).ToArray();
        Assert.Equal(5, published.Length);
        Assert.All(published, p => Assert.Contains(p.MessageId, eventIds));
        Assert.Equal(5, published.Select(p => p.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task GivenTheWholeFlow_ThenOnlyTheNamedPeoplesWorkEmailsAndNoCaseTextLeaveInAMessage()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@bus-private"));
        var submitted = await fx.Probe.WaitFor<RequestSubmitted>(m => m.RequestId == created.Id, "RequestSubmitted");
        var json = System.Text.Json.JsonSerializer.Serialize(submitted);
        // Notifications emails the people named on the request, so their work addresses travel; nothing else does.
        var emails = System.Text.RegularExpressions.Regex.Matches(json, @"[a-z]+@example\.nhs\.uk").Select(m => m.Value).ToHashSet();
        var named = new[] { submitted.Requester.Email, submitted.Sponsor.Email }.Concat(submitted.Custodians.Select(c => c.Email))
            .OfType<string>().ToHashSet();
        Assert.Equal(2 + submitted.Custodians.Count, named.Count);
        Assert.True(named.SetEquals(emails), $"emails in the message: {string.Join(", ", emails)}");
        Assert.DoesNotContain("Share exercise videos", json);
    }
}
