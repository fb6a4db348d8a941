using AccountGov.AccountRequests.Contracts.Http;

namespace AccountGov.Seed;

/// <summary>The demo business cases. The teams and handles are invented.</summary>
public static class Cases
{
    private static readonly PersonBody Sam = new("sam", "Sam Patel", "sam@example.nhs.uk");
    private static readonly AttestationsBody AllRead = new(true, true, true);
    private static readonly DpiaScreeningBody NoPersonalData = new(false, false, false, false, false, false, false, false, false, false);

    private static IReadOnlyList<CustodianBody?> CarlAndDina =>
        [new CustodianBody("carl", "Carl Obi", "carl@example.nhs.uk"), new CustodianBody("dina", "Dina Roy", "dina@example.nhs.uk")];

    public static BusinessCaseBody Instagram() => new("Paediatric Physiotherapy", "Instagram", "@stpaedsphysio",
        "Share home-exercise videos with families between appointments.", "Parents and carers of children under the service.",
        "Fewer missed exercises and fewer phone calls to the clinic.", "Requests for clinical advice in comments; answered with a standard reply.",
        "Mon-Fri 08:00-17:00", Sam, CarlAndDina, AllRead, NoPersonalData);

    public static BusinessCaseBody WhatsApp() => new("Community Nursing", "WhatsApp", "community-nursing-rota",
        "Coordinate the weekend visit rota between nurses.", "Community nurses on the rota.",
        "Faster cover for short-notice absence.", "Patient details shared in the group; forbidden by the group rules.",
        "Sat-Sun 08:00-20:00", Sam, CarlAndDina, AllRead,
        NoPersonalData with { PersonalData = true },
        new MessagingChecklistBody(true, true, true, true, "Messages deleted after 30 days", "Monthly"));

    public static BusinessCaseBody X() => new("Communications", "X", "@stcommsteam",
        "Public service announcements and clinic closures.", "Local residents.", "Reach people who do not visit the website.",
        "Replies from the public outside monitoring hours.", "Mon-Fri 09:00-17:00", Sam, CarlAndDina, AllRead, NoPersonalData);
}
