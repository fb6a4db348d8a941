using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Testing;

namespace AccountGov.Journeys.IntegrationTests;

/// <summary>Valid business cases as the personas would write them.</summary>
public static class BusinessCases
{
    public static BusinessCaseBody Instagram(string handle, bool personalData = false) => new(
        Team: "Paediatric Physiotherapy", Platform: "Instagram", Handle: handle,
        Purpose: "Share exercise videos with families between appointments.",
        Audience: "Parents and carers of children under the service.",
        Benefits: "Fewer missed exercises; fewer phone calls.",
        Risks: "Comments asking for clinical advice; handled by the moderation rota.",
        MonitoringHours: "Mon-Fri 08:00-17:00",
        Sponsor: new PersonBody(Personas.Sam, Personas.NameOf(Personas.Sam), "sam@example.nhs.uk"),
        Custodians:
        [
            new CustodianBody(Personas.Carl, Personas.NameOf(Personas.Carl), "carl@example.nhs.uk"),
            new CustodianBody(Personas.Dina, Personas.NameOf(Personas.Dina), "dina@example.nhs.uk"),
        ],
        Attestations: new AttestationsBody(true, true, true),
        DpiaScreening: new DpiaScreeningBody(personalData, false, false, false, false, false, false, false, false, false));

    public static DpiaBody FullDpia() => new(
        DescriptionOfProcessing: "Families may message the account; messages are read by the custodians only.",
        NecessityAndProportionality: "Messaging is off by default; only public replies are used.",
        Risks: [new DpiaRiskBody("A parent posts a child's health details publicly.", "Possible", "Significant", "Hide and remove within the monitoring hours.")],
        ResidualRisk: "Low");
}
