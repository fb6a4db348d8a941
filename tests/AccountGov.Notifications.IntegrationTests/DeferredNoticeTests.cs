using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;
using AccountGov.Notifications.Api.Inbound;
using AccountGov.Notifications.Api.Outbox;
using AccountGov.Testing;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using CustodianRole = AccountGov.Custody.Contracts.CustodianRole;

namespace AccountGov.Notifications.IntegrationTests;

/// <summary>
/// Messages that arrive before the request or account they name (a backlog, an outage) wait in Notifications'
/// database, not in the broker's retries, and are handled once it arrives: the same emails as in order, none lost.
/// </summary>
public class DeferredNoticeTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task GivenAnApprovalARegistrationAndAHandoverBeforeTheirRequest_WhenTheRequestArrives_ThenTheyAreEmailedAsIfInOrder()
    {
        var inOrder = Guid.NewGuid();
        foreach (var (message, id) in Flow(inOrder, Guid.NewGuid(), Guid.NewGuid()))
        {
            await Publish(message, id);
            await Eventually.True(() => Journey.Consumed(fixture, id), what: $"{message.GetType().Name} consumed");
        }

        var (early, earlyAccount) = (Guid.NewGuid(), Guid.NewGuid());
        var flow = Flow(early, earlyAccount, Guid.NewGuid());
        foreach (var (message, id) in flow.Skip(1)) await Publish(message, id);
        // Positive signal: all three wait (the approval and the registration for the request, the handover for the account).
        bool Ours(DeferredNotice n) => n.WaitsFor == early || n.WaitsFor == earlyAccount;
        await Eventually.True(async () => (await Waiting()).Count(Ours) == 3, what: "three notices waiting");
        await Publish(flow[0].Message, flow[0].Id);

        var expected = await Emails(inOrder, count: null);
        var received = await Emails(early, count: expected.Count);
        Assert.Equal(expected, received);
        Assert.Contains(received, e => e.Subject.StartsWith("Approved"));
        await Eventually.True(async () => !(await Waiting()).Any(Ours), what: "every notice answered");
        var health = await fixture.Host.Get<HealthCheckService>().CheckHealthAsync(c => c.Name == "rabbitmq");
        Assert.DoesNotContain("_error", health.Entries["rabbitmq"].Description ?? "");
    }

    /// <summary>Submission, approval, registration, and a handover on the account, each with its message id.</summary>
    private static List<(object Message, Guid Id)> Flow(Guid requestId, Guid accountId, Guid handoverId)
    {
        var submitted = Messages.Submitted(requestId);
        var now = DateTimeOffset.UtcNow;
        return
        [
            (submitted, Guid.NewGuid()),
            (new AccountRequestApproved(requestId, submitted.Team, submitted.Platform, submitted.Handle, new ApprovedStaff(Personas.Sam, "Sam Patel"),
                [new ApprovedCustodian(Personas.Carl, "Carl Obi", ApprovedCustodianRole.Primary), new ApprovedCustodian(Personas.Dina, "Dina Roy", ApprovedCustodianRole.Deputy)],
                [], Personas.Beth, now), Guid.NewGuid()),
            (new AccountRegistered(accountId, requestId, submitted.Team, submitted.Platform, submitted.Handle,
                [new CustodianDetails(Personas.Carl, "Carl Obi", CustodianRole.Primary, CustodianStatus.Active),
                 new CustodianDetails(Personas.Dina, "Dina Roy", CustodianRole.Deputy, CustodianStatus.Active)], now), Guid.NewGuid()),
            (new HandoverStarted(handoverId, accountId, Personas.Carl, Personas.Dina, HandoverKind.Permanent, HandoverReason.Departure,
                DateOnly.FromDateTime(now.UtcDateTime).AddDays(5), now), Guid.NewGuid()),
        ];
    }

    private Task Publish(object message, Guid id) => message switch
    {
        AccountRequests.Contracts.RequestSubmitted m => fixture.Publish(m, id),
        AccountRequestApproved m => fixture.Publish(m, id),
        AccountRegistered m => fixture.Publish(m, id),
        HandoverStarted m => fixture.Publish(m, id),
        _ => throw new ArgumentException(message.GetType().Name),
    };

    private async Task<IReadOnlyList<DeferredNotice>> Waiting()
    {
        await using var session = fixture.Host.Get<IDocumentStore>().QuerySession();
        return await session.Query<DeferredNotice>().ToListAsync();
    }

    /// <summary>Who got what about this request, its handle taken out so two requests compare; once all are sent.</summary>
    private async Task<List<(string To, string Subject)>> Emails(Guid requestId, int? count)
    {
        var handle = Messages.Handle(requestId);
        await Eventually.True(() => Task.FromResult(count is null ? fixture.Smtp.About(handle).Count >= 4 : fixture.Smtp.About(handle).Count >= count),
            within: TimeSpan.FromMinutes(2), what: "the request's emails");
        await Eventually.True(async () => (await fixture.Emails(e => e.Status == EmailStatus.Pending)).Count == 0, what: "nothing left to send");
        return fixture.Smtp.About(handle).Select(m => (m.To.Mailboxes.Single().Address, m.Subject!.Replace(handle, "@handle")))
            .Order().ToList();
    }
}
