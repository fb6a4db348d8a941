using System.Net;
using System.Net.Http.Json;
using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Inbound;
using AccountGov.EventSourcing.Consuming;
using AccountGov.Testing;
using Marten;
using MassTransit;

namespace AccountGov.Platform.IntegrationTests;

public class ThinThreadTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Fact]
    public async Task GivenASubmission_WhenForwarded_ThenApprovalsOpensACase()
    {
        var rita = await fixture.Requests.ClientFor(Personas.Rita, "Staff");
        var id = await ThinSubmission.SubmitAsync(rita, "@thinthread");

        var beth = await fixture.Approvals.ClientFor(Personas.Beth, "BusinessDevelopment");
        var found = await Eventually.Get(async () =>
        {
            var response = await beth.GetAsync($"/cases/{id}");
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<CaseBody>() : null;
        }, what: "the case in Approvals");

        Assert.Equal(id, found.RequestId);
        Assert.Equal("Open", found.Status);
        Assert.Equal("@thinthread", found.Handle);
    }

    [Fact]
    public async Task GivenTheSameMessageDeliveredTwice_WhenConsumed_ThenOneCaseIsOpened()
    {
        var requestId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var message = new RequestSubmitted(requestId, 1, "Team", "X", "@redelivered",
            new StaffRef(Personas.Rita, "Rita Shah"), new StaffRef(Personas.Sam, "Sam Patel"),
            [new CustodianRef(Personas.Carl, "Carl Obi", CustodianRole.Primary), new CustodianRef(Personas.Dina, "Dina Roy", CustodianRole.Deputy)],
            false, DateTimeOffset.UtcNow);
        var bus = fixture.Approvals.Get<IBus>();

        // Two at once (they race on the processed-message record), then a third after the first has landed.
        await Task.WhenAll(
            bus.Publish(message, ctx => ctx.MessageId = messageId),
            bus.Publish(message, ctx => ctx.MessageId = messageId));
        var store = fixture.Approvals.Get<IDocumentStore>();
        await Eventually.True(async () =>
        {
            await using var session = store.QuerySession();
            return await session.LoadAsync<Case>(requestId) is not null;
        }, what: "the case");
        await bus.Publish(message, ctx => ctx.MessageId = messageId);

        // Each redelivery ends, possibly after a retry of the racing one, as "already handled".
        await Eventually.True(() => Task.FromResult(
            fixture.Approvals.Logs.Lines.Count(l => l.Contains("already handled") && l.Contains(messageId.ToString())) == 2),
            what: "both redeliveries to be consumed and ignored");

        var key = ProcessedMessage.KeyFor(nameof(RequestSubmittedConsumer), messageId);
        await using var query = store.QuerySession();
        var state = await query.Events.FetchStreamStateAsync(requestId);
        Assert.Equal(1, state!.Version);
        Assert.Equal(1, await query.Query<ProcessedMessage>().CountAsync(p => p.Id == key));
    }

    private sealed record CaseBody(Guid RequestId, string Status, string Handle);
}
