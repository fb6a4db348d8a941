using AccountGov.ServiceDefaults.Auth;

namespace AccountGov.Custody.Api;

/// <summary>Custody's policies beyond the one-role policies every service has.</summary>
public static class CustodyPolicies
{
    /// <summary>Who may read audit trails and exposure reports: auditors and BD. Neither reaches a secret through them.</summary>
    public const string AuditReaders = "CustodyAuditReaders";

    /// <summary>Exposure: auditors and BD for every account, a sponsor (a senior manager) for the accounts they sponsor.</summary>
    public const string ExposureReaders = "CustodyExposureReaders";

    /// <summary>Who may ask a custodian to hand an account over: BD, or a senior manager (the account's own sponsor only, checked per account).</summary>
    public const string HandoverRequesters = "CustodyHandoverRequesters";

    public static void AddCustodyPolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(AuditReaders, p => p.RequireAuthenticatedUser().RequireRole(Roles.Auditor, Roles.BusinessDevelopment))
            .AddPolicy(ExposureReaders, p => p.RequireAuthenticatedUser().RequireRole(Roles.Auditor, Roles.BusinessDevelopment, Roles.SeniorManager))
            .AddPolicy(HandoverRequesters, p => p.RequireAuthenticatedUser().RequireRole(Roles.BusinessDevelopment, Roles.SeniorManager));
}
