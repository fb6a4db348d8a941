using System.Reflection;

namespace AccountGov.ArchitectureTests;

public static class Services
{
    public static readonly Assembly[] Apis =
    [
        typeof(AccountGov.AccountRequests.Api.AccountRequestsApi).Assembly,
        typeof(AccountGov.Approvals.Api.ApprovalsApi).Assembly,
        typeof(AccountGov.Custody.Api.CustodyApi).Assembly,
        typeof(AccountGov.Notifications.Api.NotificationsApi).Assembly,
    ];

    public static IEnumerable<Assembly> Contracts => Apis
        .SelectMany(a => a.GetReferencedAssemblies())
        .Where(n => n.Name!.EndsWith(".Contracts", StringComparison.Ordinal))
        .DistinctBy(n => n.Name)
        .Select(Assembly.Load);

    public static TheoryData<string> ApiNames => new(Apis.Select(a => a.GetName().Name!));
    public static Assembly Api(string name) => Apis.Single(a => a.GetName().Name == name);
}
