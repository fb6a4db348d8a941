using AccountGov.AccountRequests.Contracts;
using AccountGov.Notifications.Api.Notices;
using AccountGov.Notifications.Api.People;

namespace AccountGov.Notifications.UnitTests;

public static class Given
{
    public static readonly Links Links = new("http://portal.test/");
    public static readonly Guid RequestId = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid AccountId = Guid.Parse("22222222-2222-2222-2222-222222222222");
    public static readonly Guid HandoverId = Guid.Parse("33333333-3333-3333-3333-333333333333");
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static RequestContacts Request { get; } = new(RequestId, 1, "Paediatric Physiotherapy", "Instagram", "@stpaedsphysio",
        new Contact("rita", "Rita Shah", "rita@example.nhs.uk"), new Contact("sam", "Sam Patel", "sam@example.nhs.uk"),
        [new Contact("carl", "Carl Obi", "carl@example.nhs.uk"), new Contact("dina", "Dina Roy", "dina@example.nhs.uk")], Now);

    public static AccountContacts Account { get; } = new(AccountId, RequestId, "Paediatric Physiotherapy", "Instagram", "@stpaedsphysio", Now);

    public static RequestSubmitted Submitted { get; } = new(RequestId, 1, "Paediatric Physiotherapy", "Instagram", "@stpaedsphysio",
        new StaffRef("rita", "Rita Shah", "rita@example.nhs.uk"), new StaffRef("sam", "Sam Patel", "sam@example.nhs.uk"),
        [new CustodianRef("carl", "Carl Obi", CustodianRole.Primary, "carl@example.nhs.uk")], false, Now);

    public static string[] Recipients(Decision d) => d.Notices.Select(n => n.To.Key).ToArray();
}
