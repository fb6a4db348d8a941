using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Hr;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using JasperFx.Events.Subscriptions;
using Marten;
using Marten.Subscriptions;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;

namespace AccountGov.Custody.Api.Hr;

/// <summary>
/// HR may report someone before they are anyone's custodian (unknown staff are recorded). When they become one,
/// through a new account or an added custodian, their custody is reconciled at once: someone already on leave or
/// leaving is not Active on the account, and their handover opens. At least once and idempotent, like every
/// subscription here.
/// </summary>
// Resolves the store and reconciler per page, not in its constructor: the subscription is built while the store
// itself is being built, and asking for the store then deadlocks the container.
public sealed class CustodianJoinedReconciler(IServiceProvider services) : SubscriptionBase
{
    public static void Subscribe(ISubscriptionOptions o)
    {
        o.IncludeType<AccountRegistered>();
        o.IncludeType<CustodianAdded>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken ct)
    {
        var joined = page.Events.SelectMany(e => e.Data switch
        {
            AccountRegistered r => r.Custodians.Select(c => c.UserId),
            CustodianAdded a => [a.Custodian.UserId],
            _ => [],
        }).Distinct().ToArray();
        if (joined.Length == 0) return NullChangeListener.Instance;

        var reconciler = services.GetRequiredService<CustodyReconciler>();
        await using var query = services.GetRequiredService<ISessionFactory>().QuerySession();
        var known = await query.LoadManyAsync<StaffMember>(ct, joined.Select(StreamIds.ForStaff));
        foreach (var staff in known) await reconciler.Tick(staff.StaffId, ct);
        return NullChangeListener.Instance;
    }
}
