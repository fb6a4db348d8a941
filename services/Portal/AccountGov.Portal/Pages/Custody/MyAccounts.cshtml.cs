using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;

namespace AccountGov.Portal.Pages.Custody;

/// <summary>
/// "My accounts": every account this person is a custodian of, with their own role and status, the other
/// custodians and who of them is away, and what they can do next (store, reveal).
/// </summary>
public sealed class MyAccountsModel(ICustodyApi custody) : PortalPage
{
    public IReadOnlyList<AccountDetails>? Accounts { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Accounts = await Read(ServiceNames.Custody, () => custody.ListAccounts(custodian: Me.UserId, take: 200, ct: ct));

    public CustodianDetails? Mine(AccountDetails account) => account.Custodians.FirstOrDefault(c => c.UserId == Me.UserId);
}
