using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Credentials.Vault;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.Custody.Api.Credentials.Depositing;

public sealed record DepositCredentialBody(
    string? Username, string? Password, string? LinkedEmail, string? LinkedEmailPassword, string[]? RecoveryCodes, string? Notes);

/// <summary>
/// PUT /accounts/{id}/credential: an active custodian or BD stores a new credential version (IG31 §8.1: the
/// credentials belong to the organisation, so BD may always deposit one). Each PUT is a new version.
/// </summary>
public static class DepositCredential
{
    public static void EnsureMayDeposit(Account account, CurrentUser user)
    {
        if (account.Status == AccountStatus.Decommissioned) throw new RuleViolation("The account is decommissioned.");
        if (!account.IsActiveCustodian(user.UserId) && !user.IsIn(Roles.BusinessDevelopment))
            throw new AccessDenied("Only an active custodian of this account or Business Development may store its credential.");
    }

    public static int NextVersion(Account account) => (account.Credential?.Version ?? 0) + 1;

    public static IReadOnlyList<object> Decide(Account account, CurrentUser user, Guid versionId, string fingerprint, DateTimeOffset now)
    {
        EnsureMayDeposit(account, user);
        return
        [
            new CredentialStored(account.Id, versionId, NextVersion(account), fingerprint,
                PasswordChanged: account.Credential?.PasswordFingerprint != fingerprint, user.UserId, user.Name, now),
        ];
    }

    public static void MapDepositCredential(this RouteGroupBuilder group) => group.MapPut("/{id:guid}/credential", Handle)
            .WithSummary("Store a new version of an account's credential (custodians only)").AcceptsIfMatch();

    private static async Task<Results<NoContent, ValidationProblem>> Handle(
        Guid id, DepositCredentialBody body, CurrentUser user, ISessionFactory sessions, CredentialVault vault,
        TimeProvider clock, HttpRequest request, CancellationToken ct)
    {
        var errors = DepositCredentialValidation.Validate(body);
        if (errors.Any) return errors.Problem();

        var now = clock.GetUtcNow();
        var versionId = Guid.CreateVersion7();
        var secret = new CredentialSecret(body.Username!, body.Password!, Blank(body.LinkedEmail), Blank(body.LinkedEmailPassword),
            body.RecoveryCodes?.Where(c => !string.IsNullOrWhiteSpace(c)).ToArray() ?? [], Blank(body.Notes));
        var expected = request.ExpectedVersion();
        await LatestWins.Write(sessions, expected, session => VaultCommit.Guard(() => session.Write<Account>(id, expected, async account =>
        {
            // Checked before anything is sealed: a refused caller never touches the vault.
            EnsureMayDeposit(account, user);
            var fingerprint = await vault.StageAsync(session, new CredentialSlot(id, versionId, NextVersion(account)), secret, now, ct);
            return Decide(account, user, versionId, fingerprint, now);
        }, ct)));
        return TypedResults.NoContent();
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
