using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Testing;

namespace AccountGov.Portal.BrowserTests;

/// <summary>A valid business case, for tests whose subject is not the form itself.</summary>
public static class Cases
{
    public static BusinessCaseBody Instagram(string handle) => new(
        "Paediatric Physiotherapy", "Instagram", handle, "Share exercise videos with families.", "Parents and carers.",
        "Fewer missed exercises.", "Comments asking for clinical advice; standard reply.", "Mon-Fri 08:00-17:00",
        new PersonBody(Personas.Sam, Personas.NameOf(Personas.Sam), "sam@example.nhs.uk"),
        [new CustodianBody(Personas.Carl, Personas.NameOf(Personas.Carl), "carl@example.nhs.uk"),
         new CustodianBody(Personas.Dina, Personas.NameOf(Personas.Dina), "dina@example.nhs.uk")],
        new AttestationsBody(true, true, true),
        new DpiaScreeningBody(false, false, false, false, false, false, false, false, false, false));
}
