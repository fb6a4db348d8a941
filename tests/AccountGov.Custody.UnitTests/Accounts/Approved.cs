using AccountGov.Approvals.Contracts;

namespace AccountGov.Custody.UnitTests.Accounts;

/// <summary>Approvals as Custody receives them, with the personas.</summary>
public static class Approved
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static AccountRequestApproved Of(Guid requestId, params ApprovedCustodian[] custodians) => new(
        requestId, "Paediatric Physiotherapy", "Instagram", "@stpaedsphysio", new ApprovedStaff("sam", "Sam Patel"),
        custodians.Length > 0 ? custodians : [Primary("carl", "Carl Obi"), Deputy("dina", "Dina Roy")],
        ["Review monthly"], "beth", Now);

    public static ApprovedCustodian Primary(string id, string name) => new(id, name, ApprovedCustodianRole.Primary);
    public static ApprovedCustodian Deputy(string id, string name) => new(id, name, ApprovedCustodianRole.Deputy);
}
