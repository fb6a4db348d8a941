namespace AccountGov.Custody.Api.Accounts.Importing;

/// <summary>
/// BD enters an account that existed before AccountGov into the register (MECCG139 §6). It has no request, so its
/// stream id comes from its platform + handle (<see cref="StreamIds.ForImportedAccount"/>): the same file sent
/// twice cannot register it twice. Its custodians start Active, as after an approval; its credential is still to be
/// deposited (IG31 §8.1), which the register's <c>credential=missing</c> shows.
/// </summary>
public static class ImportAccount
{
    public static IReadOnlyList<object> Decide(Account? existing, LegacyAccount legacy, Guid accountId, string importedBy, DateTimeOffset now) =>
        existing is not null ? [] :
        [
            new AccountRegistered(accountId, Guid.Empty, legacy.Team, legacy.Platform, legacy.Handle, legacy.Sponsor,
                [
                    new Custodian(legacy.Primary.UserId, legacy.Primary.Name, CustodianRole.Primary, CustodianStatus.Active),
                    new Custodian(legacy.Deputy.UserId, legacy.Deputy.Name, CustodianRole.Deputy, CustodianStatus.Active),
                ],
                [], importedBy, now, legacy.Type, legacy.Partner),
        ];
}
