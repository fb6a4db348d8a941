using AccountGov.Custody.Api.Accounts.Lifecycle;
using AccountGov.Custody.Api.Accounts.Reading;
using AccountGov.Custody.Api.Credentials.Vault;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Accounts.Decommissioning;

public sealed record ChecklistItemBody(string? Item, string? Note);

/// <summary>
/// POST /accounts/{id}/decommissioning (BD, a Suspended account) starts the checklist; POST
/// /accounts/{id}/decommissioning/checklist ticks one item. The last item decommissions the account and, in the
/// same commit, destroys its data key (crypto-shredding): every stored credential version becomes unreadable.
/// </summary>
public static class Decommission
{
    public static IReadOnlyList<object> Start(Account account, CurrentUser user, string reason, DateTimeOffset now)
    {
        if (account.Status == AccountStatus.Decommissioned) throw new RuleViolation("The account is decommissioned.");
        if (account.Status != AccountStatus.Suspended) throw new RuleViolation("Suspend the account before decommissioning it.");
        if (account.Decommissioning is not null) throw new RuleViolation("Decommissioning has already started.");
        return [new DecommissioningStarted(account.Id, user.UserId, reason, now)];
    }

    public static IReadOnlyList<object> Complete(Account account, CurrentUser user, DecommissioningItem item, string note, DateTimeOffset now)
    {
        if (account.Status == AccountStatus.Decommissioned) throw new RuleViolation("The account is decommissioned.");
        var checklist = account.Decommissioning ?? throw new RuleViolation("Decommissioning has not started.");
        if (checklist.Done.Contains(item)) throw new RuleViolation("That checklist item is already done.");
        if (item is DecommissioningItem.ClosedOnPlatform or DecommissioningItem.HandedBack && checklist.PlatformSettled)
            throw new RuleViolation("The account was already closed on the platform or handed back.");

        var done = checklist with { Done = [.. checklist.Done, item] };
        List<object> events = [new DecommissioningItemCompleted(account.Id, item, user.UserId, note, now)];
        if (done.IsComplete)
        {
            events.Add(new AccountDecommissioned(account.Id, user.UserId, now));
            events.Add(new CredentialKeyDestroyed(account.Id, user.UserId, now));
        }
        return events;
    }

    public static void MapDecommission(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/decommissioning", (Guid id, ReasonBody body, CurrentUser user, IDocumentSession session, TimeProvider clock,
                HttpRequest request, HttpResponse response, CancellationToken ct) =>
            ChangeAccountStatus.Handle(id, body, (a, r, now) => Start(a, user, r, now), session, clock, request, response, ct))
            .RequireAuthorization(Roles.BusinessDevelopment)
            .WithSummary("Start decommissioning an account").AcceptsIfMatch();
        group.MapPost("/{id:guid}/decommissioning/checklist", CompleteItem).RequireAuthorization(Roles.BusinessDevelopment)
            .WithSummary("Tick an item of the decommissioning checklist").AcceptsIfMatch();
    }

    private static async Task<Results<Ok<Contracts.AccountDetails>, ValidationProblem>> CompleteItem(
        Guid id, ChecklistItemBody body, CurrentUser user, IDocumentSession session, CredentialVault vault, TimeProvider clock,
        HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!FieldErrors.TryParseName<DecommissioningItem>(body.Item, ignoreCase: false, out var item))
            errors.Add("item", "The item must be ContentArchived, ClosedOnPlatform, HandedBack or DisclaimerLinksRemoved.");
        errors.AtMost("note", body.Note, 1000, "The note may be at most 1000 characters.");
        if (errors.Any) return errors.Problem();

        var now = clock.GetUtcNow();
        var (account, version) = await VaultCommit.Guard(() => session.Write<Account>(id, request.ExpectedVersion(), async a =>
        {
            var events = Complete(a, user, item, body.Note?.Trim() ?? "", now);
            if (events.OfType<CredentialKeyDestroyed>().Any()) await vault.StageDestroyAsync(session, id, now, ct);
            return events;
        }, ct));
        response.SetETag(version);
        return TypedResults.Ok(account.ToDetails(version));
    }
}
