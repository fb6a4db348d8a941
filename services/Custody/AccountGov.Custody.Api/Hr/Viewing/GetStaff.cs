using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Handovers.Listing;
using AccountGov.Custody.Api.Hr;
using AccountGov.Custody.Api.Hr.Rejecting;
using AccountGov.ServiceDefaults.Auth;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Contracts = AccountGov.Custody.Contracts;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;

namespace AccountGov.Custody.Api.Hr.Viewing;

/// <summary>
/// GET /staff/{staffId} (HR; Auditor reads too): what HR has told Custody about one person and what each event did,
/// so HR can see a held, ignored or rejected event and why, not only that it was accepted; with the accounts the person
/// holds and the handovers away from or to them. 404 when HR has never named them, not even in a refused event.
/// </summary>
public static class GetStaff
{
    public static void MapGetStaff(this WebApplication app) =>
        app.MapGet("/staff/{staffId}", Handle).WithTags("HR").RequireAuthorization(p => p.RequireRole(Roles.HR, Roles.Auditor))
            .WithSummary("One person's HR events as received and what each did: applied, held, ignored, superseded or rejected");

    private static async Task<Ok<Contracts.StaffHrView>> Handle(string staffId, IQuerySession session, CancellationToken ct)
    {
        var staff = await session.LoadAsync<StaffMember>(StreamIds.ForStaff(staffId), ct);
        var rejected = await session.Query<HrEventRejection>().Where(r => r.StaffId == staffId).ToListAsync(ct);
        if (staff is null && rejected.Count == 0) throw new NotFound("Staff member");
        var stream = staff is null ? [] : await session.Events.FetchStreamAsync(staff.Id, token: ct);
        var lines = StaffHistory.From(stream.Select(e => (e.Data, e.Timestamp)));
        var accounts = await CustodyAccounts.WhereCustodian(session, [staffId], ct);
        var handovers = await session.Query<Handover>().Where(h => h.FromUserId == staffId || h.ToUserId == staffId)
            .OrderBy(h => h.OpenedAt).ToListAsync(ct);

        var events = lines.Select(l => new Contracts.StaffHrEvent(
                l.Fact.EventId, l.Fact.Type.ToString(), l.ReceivedAt, l.Fact.LeaveType?.ToString(), l.Fact.From, l.Fact.To,
                l.Fact.LastWorkingDay, l.Fact.Team, l.Outcome.ToContract(), l.Why, l.Until, l.ReleasedAt, l.SupersededBy,
                handovers.Where(h => h.CauseEventId == l.Fact.EventId && l.Outcome != HrEffectKind.Duplicate).Select(h => h.Id).ToArray()))
            .Concat(rejected.Select(r => r.ToLine()))
            .OrderBy(e => e.ReceivedAt); // stable: the stream's own order stands among events received together
        return TypedResults.Ok(new Contracts.StaffHrView(
            staffId, staff?.Status.ToString() ?? "Unknown", staff is { HasLeft: false } ? staff.Departure?.LastWorkingDay : null,
            events.ToArray(), accounts.Select(a => ToStaffAccount(a, staffId)).ToArray(), handovers.Select(h => h.ToSummary()).ToArray()));
    }

    private static Contracts.StaffAccount ToStaffAccount(Account a, string staffId)
    {
        var self = a.CustodianOf(staffId)!;
        return new(a.Id, a.Team, a.Platform, a.Handle, self.Role.ToContract(), self.Status.ToContract());
    }
}
