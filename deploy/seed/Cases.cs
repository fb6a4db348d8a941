using AccountGov.AccountRequests.Contracts.Http;

namespace AccountGov.Seed;

/// <summary>The demo business cases. The teams and handles are invented; the people are the personas.</summary>
public static class Cases
{
    private static readonly PersonBody Sam = new("sam", "Sam Patel", "sam@example.nhs.uk");
    private static readonly AttestationsBody AllRead = new(true, true, true);
    private static readonly DpiaScreeningBody NoPersonalData = new(false, false, false, false, false, false, false, false, false, false);

    private static readonly CustodianBody Carl = new("carl", "Carl Obi", "carl@example.nhs.uk");
    private static readonly CustodianBody Dina = new("dina", "Dina Roy", "dina@example.nhs.uk");
    private static readonly CustodianBody Rita = new("rita", "Rita Shah", "rita@example.nhs.uk");

    // The first custodian named is the Primary, the second the Deputy.
    public static BusinessCaseBody Instagram() => new("Paediatric Physiotherapy", "Instagram", "@stpaedsphysio",
        "Share home-exercise videos with families between appointments.", "Parents and carers of children under the service.",
        "Fewer missed exercises and fewer phone calls to the clinic.", "Requests for clinical advice in comments; answered with a standard reply.",
        "Mon-Fri 08:00-17:00", Sam, [Carl, Dina], AllRead, NoPersonalData);

    public static BusinessCaseBody Facebook() => new("Maternity", "Facebook", "StExampleMaternity",
        "Tell expectant parents about antenatal classes and visiting times.", "Expectant parents and their families.",
        "Fuller antenatal classes and fewer calls about visiting.", "Personal stories posted in comments; hidden and answered privately.",
        "Mon-Sun 08:00-20:00", Sam, [Dina, Carl], AllRead, NoPersonalData);

    public static BusinessCaseBody YouTube() => new("Communications", "YouTube", "@stexamplehealthtalks",
        "Publish recorded public health talks.", "Local residents and patients.", "Talks reach people who cannot attend.",
        "Comments asking for clinical advice; comments are held for review.", "Mon-Fri 09:00-17:00", Sam, [Rita, Carl], AllRead, NoPersonalData);

    /// <summary>Approved, but its custodians never store the credential: the missing-credential report's demo line.</summary>
    public static BusinessCaseBody Diabetes() => new("Diabetes Care", "Facebook", "StExampleDiabetes",
        "Remind patients about foot checks and structured education courses.", "People living with diabetes and their carers.",
        "More people booked onto education courses.", "Questions about personal results in replies; pointed to the clinic line.",
        "Mon-Fri 09:00-17:00", Sam, [Carl, Dina], AllRead, NoPersonalData);

    public static BusinessCaseBody LinkedIn() => new("Recruitment", "LinkedIn", "st-example-careers",
        "Advertise hard-to-fill posts and open days.", "Nurses, therapists and students looking for work.",
        "More applicants for hard-to-fill posts.", "Applicants sending CVs by message; pointed to the jobs site.",
        "Mon-Fri 09:00-17:00", Sam, [Carl, Dina], AllRead, NoPersonalData);

    public static BusinessCaseBody TikTok() => new("Sexual Health", "TikTok", "@stexamplesexualhealth",
        "Short videos on testing and contraception for young people.", "People aged 16 to 25.",
        "More young people booking tests.", "Personal disclosures in comments; comments are off.",
        "Mon-Fri 09:00-17:00", Sam, [Dina, Carl], AllRead, NoPersonalData with { PersonalData = true, SensitiveData = true });

    public static BusinessCaseBody WhatsApp() => new("Community Nursing", "WhatsApp", "community-nursing-rota",
        "Coordinate the weekend visit rota between nurses.", "Community nurses on the rota.",
        "Faster cover for short-notice absence.", "Patient details shared in the group; forbidden by the group rules.",
        "Sat-Sun 08:00-20:00", Sam, [Carl, Dina], AllRead,
        NoPersonalData with { PersonalData = true },
        new MessagingChecklistBody(true, true, true, true, "Messages deleted after 30 days", "Monthly"));

    public static BusinessCaseBody X() => new("Communications", "X", "@stcommsteam",
        "Public service announcements and clinic closures.", "Local residents.", "Reach people who do not visit the website.",
        "Replies from the public outside monitoring hours.", "Mon-Fri 09:00-17:00", Sam, [Carl, Dina], AllRead, NoPersonalData);

    /// <summary>A full DPIA for the cases whose screening requires one.</summary>
    public static DpiaBody Dpia() => new("Short public videos; comments are switched off, so no personal data is collected.",
        "Young people use this platform more than any other; no less intrusive channel reaches them.",
        [new DpiaRiskBody("Someone discloses personal details in a direct message.", "Possible", "Significant",
            "Direct messages are off; the profile points to the confidential booking line.")], "Low");
}
