using AccountGov.AccountRequests.Contracts;
using AccountGov.Notifications.Api.Notices;
using AccountGov.Notifications.Api.People;

namespace AccountGov.Notifications.Api.Inbound;

// AccountRequests' messages: they carry the people named on a request, with the work emails they gave.

public sealed class RequestSubmittedConsumer(ConsumerServices services, ILogger<RequestSubmittedConsumer> logger)
    : NoticeConsumer<RequestSubmitted>(services, logger)
{
    protected override async Task<(Decision, RequestContacts?)> Decide(RequestSubmitted m, CancellationToken ct)
    {
        var contacts = await Remember(m.RequestId, m.Revision, m.Team, m.Platform, m.Handle,
            Required(m.Requester, "requester"), Required(m.Sponsor, "sponsor"), m.Custodians ?? [], m.SubmittedAt, ct);
        return (CaseNotices.Submitted(m, contacts, Links), contacts);
    }

    private async Task<RequestContacts> Remember(Guid id, int revision, string team, string platform, string handle,
        StaffRef requester, StaffRef sponsor, IReadOnlyList<CustodianRef> custodians, DateTimeOffset at, CancellationToken ct) =>
        await RequestContactsStore.Remember(Session, new RequestContacts(id, revision, team, platform, handle, Of(requester), Of(sponsor),
            custodians.Select(c => new Contact(c.UserId, c.Name, c.Email)).ToArray(), at), ct);

    private static Contact Of(StaffRef s) => new(s.UserId, s.Name, s.Email);
}

public sealed class RequestRevisedConsumer(ConsumerServices services, ILogger<RequestRevisedConsumer> logger)
    : NoticeConsumer<RequestRevised>(services, logger)
{
    // Approvals' StageStarted (after revision) asks the sponsor again; this only keeps the people up to date.
    protected override async Task<(Decision, RequestContacts?)> Decide(RequestRevised m, CancellationToken ct)
    {
        var requester = Required(m.Requester, "requester");
        var sponsor = Required(m.Sponsor, "sponsor");
        var contacts = await RequestContactsStore.Remember(Session, new RequestContacts(m.RequestId, m.Revision, m.Team, m.Platform, m.Handle,
            new Contact(requester.UserId, requester.Name, requester.Email), new Contact(sponsor.UserId, sponsor.Name, sponsor.Email),
            (m.Custodians ?? []).Select(c => new Contact(c.UserId, c.Name, c.Email)).ToArray(), m.RevisedAt), ct);
        return (Decision.Nothing, contacts);
    }
}

public sealed class RequestWithdrawnConsumer(ConsumerServices services, ILogger<RequestWithdrawnConsumer> logger)
    : NoticeConsumer<RequestWithdrawn>(services, logger)
{
    protected override Task<(Decision, RequestContacts?)> Decide(RequestWithdrawn m, CancellationToken ct) =>
        Task.FromResult<(Decision, RequestContacts?)>((Decision.Nothing.AndClose(Topics.Case(m.RequestId), Topics.Case(m.RequestId) + ":escalated"), null));
}

public static class RequestContactsStore
{
    /// <summary>Keeps the newest revision's people: an older revision delivered late changes nothing.</summary>
    public static async Task<RequestContacts> Remember(Marten.IDocumentSession session, RequestContacts incoming, CancellationToken ct)
    {
        var known = await session.LoadAsync<RequestContacts>(incoming.Id, ct);
        if (known is not null && known.Revision > incoming.Revision) return known;
        session.Store(incoming);
        return incoming;
    }
}
