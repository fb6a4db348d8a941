namespace AccountGov.Testing;

/// <summary>The made-up people tests and demo data use. Never real staff.</summary>
public static class Personas
{
    public const string Rita = "rita";   // requester, Staff
    public const string Sam = "sam";     // sponsor, SeniorManager
    public const string Ivy = "ivy";     // Information Governance
    public const string Beth = "beth";   // Business Development
    public const string Bob = "bob";     // a second BD officer
    public const string Carl = "carl";   // custodian
    public const string Dina = "dina";   // deputy custodian
    public const string Hana = "hana";   // HR
    public const string Ada = "ada";     // auditor

    private static readonly Dictionary<string, string> Names = new()
    {
        [Rita] = "Rita Shah", [Sam] = "Sam Patel", [Ivy] = "Ivy Green", [Beth] = "Beth Davies", [Bob] = "Bob Hale",
        [Carl] = "Carl Obi", [Dina] = "Dina Roy", [Hana] = "Hana Kim", [Ada] = "Ada Lowe",
    };

    public static string NameOf(string userId) => Names.GetValueOrDefault(userId, userId);
}
