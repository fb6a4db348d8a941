using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;

namespace AccountGov.Portal.Pages.Custody;

/// <summary>
/// "My accounts": every account this person is a custodian of, with their own role and status, the other
/// custodians and who of them is away, what they can do next (store, reveal), and the reviews due on it.
/// </summary>
public sealed class MyAccountsModel(ICustodyApi custody, ICustodyReviewsApi reviews) : PortalPage
{
    public IReadOnlyList<AccountDetails>? Accounts { get; private set; }
    public ILookup<Guid, ReviewDetails> Reviews { get; private set; } = Array.Empty<ReviewDetails>().ToLookup(r => r.AccountId);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Accounts = await Read(ServiceNames.Custody, () => custody.ListAccounts(custodian: Me.UserId, take: 200, ct: ct));
        Reviews = (await Read(ServiceNames.Custody, () => reviews.ListReviews(ct: ct)) ?? []).ToLookup(r => r.AccountId);
    }

    public CustodianDetails? Mine(AccountDetails account) => account.Custodians.FirstOrDefault(c => c.UserId == Me.UserId);
}
