namespace AccountGov.ServiceDefaults.Auth;

/// <summary>The role claims of architecture.md. Requester, sponsor and custodian are relationships, not roles.</summary>
public static class Roles
{
    public const string Staff = "Staff";
    public const string SeniorManager = "SeniorManager";
    public const string InformationGovernance = "InformationGovernance";
    public const string BusinessDevelopment = "BusinessDevelopment";
    public const string HR = "HR";
    public const string Auditor = "Auditor";

    public static readonly IReadOnlySet<string> All =
        new HashSet<string>([Staff, SeniorManager, InformationGovernance, BusinessDevelopment, HR, Auditor]);
}
