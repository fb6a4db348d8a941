using AccountGov.Custody.Api.Accounts;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.Custody.Api.Handovers.Listing;
using AccountGov.ServiceDefaults.Errors;
using Marten;

namespace AccountGov.Custody.Api.Handovers.Completing;

/// <summary>Free-text notes kept beside the handover, not in its events: a note may hold what no event should.</summary>
public sealed record HandoverNote(Guid Id, string Notes, string WrittenBy, DateTimeOffset WrittenAt);

/// <summary>
/// POST /handovers/{id}/complete: the receiving custodian. Completing a permanent handover from the primary
/// makes the receiver primary, in the same transaction.
/// </summary>
public static class CompleteHandoverEndpoint
{
    public static void MapCompleteHandover(this RouteGroupBuilder group) => group.MapPost("/{id:guid}/complete", Handle);

    private static async Task<IResult> Handle(
        Guid id, CompleteHandover? command, CurrentUser user, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (command is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The checklist is required."] });
        if (command.Notes?.Length > CompleteHandover.MaxNotesLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["notes"] = [$"notes must be at most {CompleteHandover.MaxNotesLength} characters."] });

        var handover = await DecideAndAppend.Fetch<Handover>(session, id, null, ct);
        if (handover.Aggregate is not { } current) throw new NotFound("Handover");
        var account = await DecideAndAppend.Fetch<Account>(session, current.AccountId, null, ct);
        if (account.Aggregate is not { } register) throw new NotFound("Account");

        var now = clock.GetUtcNow();
        var events = CompleteHandover.Decide(current, command, user.UserId, register.IsActiveCustodian(user.UserId),
            CustodyAccountsCredential.Current(register), now);
        handover.AppendMany(events.ToArray());
        if (current.Kind == HandoverKind.Permanent && register.CustodianOf(current.FromUserId)?.Role == CustodianRole.Primary
            && register.CustodianOf(user.UserId)?.Role == CustodianRole.Deputy)
        {
            account.AppendOne(new CustodianRoleChanged(register.Id, user.UserId, CustodianRole.Primary, user.UserId, now));
            account.AppendOne(new CustodianRoleChanged(register.Id, current.FromUserId, CustodianRole.Deputy, user.UserId, now));
        }
        if (!string.IsNullOrWhiteSpace(command.Notes)) session.Store(new HandoverNote(id, command.Notes, user.UserId, now));
        await DecideAndAppend.Commit(session, ct);
        return TypedResults.Ok(events.Aggregate(current, (h, e) => h.Then(e)).ToSummary());
    }
}
