using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Custodians;
using AccountGov.Custody.Api.Handovers.Listing;
using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using AccountGov.ServiceDefaults.Time;
using Marten;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Handovers.Assigning;

public sealed record AssignHandoverBody(string? ToUserId, string? Name);

/// <summary>POST /handovers/{id}/assign (BusinessDevelopment): names the receiver of an Escalated handover.</summary>
public static class AssignHandoverEndpoint
{
    public static void MapAssignHandover(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/assign", Handle).RequireAuthorization(Roles.BusinessDevelopment)
            .WithSummary("Name the receiver of an escalated handover").AcceptsIfMatch();

    private static async Task<Results<Ok<Contracts.HandoverSummary>, ValidationProblem>> Handle(
        Guid id, AssignHandoverBody? body, CurrentUser user, IDocumentSession session, CustodyDay day, BusinessCalendar calendar,
        HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var errors = AddCustodian.Validate(body?.ToUserId, body?.Name, userIdField: "toUserId", nameField: "name");
        if (errors.Any) return errors.Problem();
        var toUserId = body!.ToUserId!.Trim();

        var (handover, version) = await session.Write<Handover>(id, request.ExpectedVersion(), async current =>
        {
            var account = await session.LoadAsync<Account>(current.AccountId, ct) ?? throw new NotFound("Account");
            var receiver = CustodyAccounts.ToView(account).Custodians.FirstOrDefault(c => c.UserId == toUserId);
            var receiverStaff = await session.LoadAsync<StaffMember>(StreamIds.ForStaff(toUserId), ct);
            var giver = await session.LoadAsync<StaffMember>(StreamIds.ForStaff(current.FromUserId), ct);
            var sickness = giver?.Leaves.FirstOrDefault(l => l.EventId == current.CauseEventId)?.Type == LeaveType.Sickness;
            var dueBy = HandoverPlanner.DueBy(current.Kind, current.StartsOn, sickness, day.Today, calendar);
            return AssignHandover.Decide(current, toUserId, receiver, receiverStaff, dueBy, user.UserId, day.Today, day.Now);
        }, ct);
        response.SetETag(version);
        return TypedResults.Ok(handover.ToSummary());
    }
}
