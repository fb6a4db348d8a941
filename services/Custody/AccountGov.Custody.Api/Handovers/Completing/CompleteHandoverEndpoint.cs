using AccountGov.Custody.Api.Accounts;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.Custody.Api.Handovers.Listing;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Handovers.Completing;

/// <summary>Free-text notes kept beside the handover, not in its events: a note may hold what no event should.</summary>
public sealed record HandoverNote(Guid Id, string Notes, string WrittenBy, DateTimeOffset WrittenAt);

/// <summary>
/// POST /handovers/{id}/complete: the receiving custodian. Completing a permanent handover from the primary
/// makes the receiver primary, in the same transaction.
/// </summary>
public static class CompleteHandoverEndpoint
{
    public static void MapCompleteHandover(this RouteGroupBuilder group) => group.MapPost("/{id:guid}/complete", Handle)
            .WithSummary("Complete a handover's checklist as its receiver").AcceptsIfMatch();

    private static async Task<Results<Ok<Contracts.HandoverSummary>, ValidationProblem>> Handle(
        Guid id, CompleteHandover? command, CurrentUser user, IDocumentSession session, TimeProvider clock, HttpRequest request,
        HttpResponse response, CancellationToken ct)
    {
        if (command is null) return FieldErrors.Problem("body", "The checklist is required.");
        var errors = new FieldErrors();
        errors.AtMost("notes", command.Notes, CompleteHandover.MaxNotesLength, $"notes must be at most {CompleteHandover.MaxNotesLength} characters.");
        if (errors.Any) return errors.Problem();

        var now = clock.GetUtcNow();
        var (handover, version) = await session.Write<Handover>(id, request.ExpectedVersion(), async current =>
        {
            var register = await session.Events.FetchLatest<Account>(current.AccountId, ct) ?? throw new NotFound("Account");
            var events = CompleteHandover.Decide(current, command, user.UserId, register.IsActiveCustodian(user.UserId),
                CustodyAccountsCredential.Current(register), now);
            // The account's roles and the giver's custody move in the same commit, checked against the version just read.
            session.Stage([new StreamAppend(register.Id, register.Version, CompleteHandover.AccountChanges(current, register, user.UserId, now))]);
            if (!string.IsNullOrWhiteSpace(command.Notes)) session.Store(new HandoverNote(id, command.Notes, user.UserId, now));
            return events;
        }, ct);
        response.SetETag(version);
        return TypedResults.Ok(handover.ToSummary());
    }
}
