using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Hr;
using AccountGov.Custody.Api.Reviews;
using Contracts = AccountGov.Custody.Contracts;

namespace AccountGov.Custody.Api;

/// <summary>
/// The one enum policy: a domain enum reaches a contract (or another domain enum) only through a switch expression
/// here, never by name. No switch has a discard arm, so a value added to a domain enum without a case is a compile
/// error (CS8509, an error under TreatWarningsAsErrors); CS8524, about unnamed numeric values, is off in this project.
/// </summary>
public static class ContractEnums
{
    public static Contracts.AccountStatus ToContract(this AccountStatus s) => s switch
    {
        AccountStatus.Active => Contracts.AccountStatus.Active,
        AccountStatus.Suspended => Contracts.AccountStatus.Suspended,
        AccountStatus.Decommissioned => Contracts.AccountStatus.Decommissioned,
    };

    public static Contracts.AccountType ToContract(this AccountType t) => t switch
    {
        AccountType.Corporate => Contracts.AccountType.Corporate,
        AccountType.Service => Contracts.AccountType.Service,
        AccountType.Campaign => Contracts.AccountType.Campaign,
        AccountType.Shared => Contracts.AccountType.Shared,
    };

    public static Contracts.CustodianRole ToContract(this CustodianRole r) => r switch
    {
        CustodianRole.Primary => Contracts.CustodianRole.Primary,
        CustodianRole.Deputy => Contracts.CustodianRole.Deputy,
    };

    public static Contracts.CustodianStatus ToContract(this CustodianStatus s) => s switch
    {
        CustodianStatus.Active => Contracts.CustodianStatus.Active,
        CustodianStatus.OnLeave => Contracts.CustodianStatus.OnLeave,
        CustodianStatus.Leaving => Contracts.CustodianStatus.Leaving,
        CustodianStatus.Left => Contracts.CustodianStatus.Left,
    };

    public static Contracts.HandoverKind ToContract(this HandoverKind k) => k switch
    {
        HandoverKind.Temporary => Contracts.HandoverKind.Temporary,
        HandoverKind.Permanent => Contracts.HandoverKind.Permanent,
    };

    public static Contracts.HandoverReason ToContract(this HandoverReason r) => r switch
    {
        HandoverReason.Leave => Contracts.HandoverReason.Leave,
        HandoverReason.Departure => Contracts.HandoverReason.Departure,
        HandoverReason.Request => Contracts.HandoverReason.Request,
        HandoverReason.TeamMove => Contracts.HandoverReason.TeamMove,
    };

    public static Contracts.HandoverStatus ToContract(this HandoverStatus s) => s switch
    {
        HandoverStatus.Open => Contracts.HandoverStatus.Open,
        HandoverStatus.Completed => Contracts.HandoverStatus.Completed,
        HandoverStatus.Reverted => Contracts.HandoverStatus.Reverted,
        HandoverStatus.Escalated => Contracts.HandoverStatus.Escalated,
    };

    public static Contracts.HrEventOutcome ToContract(this Hr.HrEffectKind k) => k switch
    {
        Hr.HrEffectKind.Applied => Contracts.HrEventOutcome.Applied,
        Hr.HrEffectKind.Held => Contracts.HrEventOutcome.Held,
        Hr.HrEffectKind.Ignored => Contracts.HrEventOutcome.Ignored,
        Hr.HrEffectKind.Duplicate => Contracts.HrEventOutcome.Duplicate,
    };

    /// <summary>What HR says of a person, as their status on an account they hold.</summary>
    public static CustodianStatus ToCustodianStatus(this StaffStatus s) => s switch
    {
        StaffStatus.Active => CustodianStatus.Active,
        StaffStatus.OnLeave => CustodianStatus.OnLeave,
        StaffStatus.Leaving => CustodianStatus.Leaving,
        StaffStatus.Left => CustodianStatus.Left,
        StaffStatus.Suspended => CustodianStatus.OnLeave,
    };

    public static StaffStatus ToStaffStatus(this CustodianStatus s) => s switch
    {
        CustodianStatus.Active => StaffStatus.Active,
        CustodianStatus.OnLeave => StaffStatus.OnLeave,
        CustodianStatus.Leaving => StaffStatus.Leaving,
        CustodianStatus.Left => StaffStatus.Left,
    };

    public static Contracts.RotationCause ToContract(this Credentials.Obligations.RotationCause c) => c switch
    {
        Credentials.Obligations.RotationCause.CustodianRemoved => Contracts.RotationCause.CustodianRemoved,
        Credentials.Obligations.RotationCause.BreakGlassUsed => Contracts.RotationCause.BreakGlassUsed,
        Credentials.Obligations.RotationCause.IntegrityFailed => Contracts.RotationCause.IntegrityFailed,
    };

    public static Contracts.ReviewKind ToContract(this ReviewKind k) => k switch
    {
        ReviewKind.Account => Contracts.ReviewKind.Account,
        ReviewKind.Membership => Contracts.ReviewKind.Membership,
        ReviewKind.Condition => Contracts.ReviewKind.Condition,
    };

    public static Contracts.ReviewStatus ToContract(this ReviewStatus s) => s switch
    {
        ReviewStatus.Due => Contracts.ReviewStatus.Due,
        ReviewStatus.ChangesNeeded => Contracts.ReviewStatus.ChangesNeeded,
        ReviewStatus.Confirmed => Contracts.ReviewStatus.Confirmed,
        ReviewStatus.Decommission => Contracts.ReviewStatus.Decommission,
        ReviewStatus.Closed => Contracts.ReviewStatus.Closed,
    };

    /// <summary>The outcome travels as a word (the contract keeps it a string): the same words as the domain's.</summary>
    public static string ToContract(this ReviewOutcome o) => o switch
    {
        ReviewOutcome.Confirmed => "Confirmed",
        ReviewOutcome.ChangesNeeded => "ChangesNeeded",
        ReviewOutcome.Decommission => "Decommission",
    };
}
