namespace AccountGov.Portal.Pages.Requests;

/// <summary>
/// The ten DPIA screening questions of the BLMK policy (Appendix 2, Stage 1) in plain English, in the policy's
/// order. A "yes" to any of them means a full DPIA is needed (the AccountRequests rule; the API decides).
/// </summary>
public static class ScreeningQuestions
{
    public sealed record Question(string Field, string Text, Func<ScreeningInput, bool?> Answer);

    public static readonly Question[] All =
    [
        new("PersonalData", "Will the account handle information that identifies people, such as names, photos or contact details?", s => s.PersonalData),
        new("SensitiveData", "Will it handle sensitive information, such as someone's health, ethnicity, religion or sexuality?", s => s.SensitiveData),
        new("UniqueIdentifiers", "Will it share anything that points to one person or household, such as an NHS number or a home address?", s => s.UniqueIdentifiers),
        new("PseudonymisedData", "Will it handle information with names removed, by anyone who could work out who it is about?", s => s.PseudonymisedData),
        new("NewAccessToInformation", "Will people or organisations see information they cannot see now?", s => s.NewAccessToInformation),
        new("NewPurpose", "Will information we already hold be used for something new?", s => s.NewPurpose),
        new("PrivacyIntrusiveTechnology", "Will it use technology people might find intrusive, such as tracking their location?", s => s.PrivacyIntrusiveTechnology),
        new("SignificantAutomatedDecisions", "Could decisions or actions taken through it have a big effect on people?", s => s.SignificantAutomatedDecisions),
        new("AdditionalInformationCollected", "Will it collect more information about people than we collect now?", s => s.AdditionalInformationCollected),
        new("IntrusiveContact", "Will it contact people in ways they might not expect or might find intrusive?", s => s.IntrusiveContact),
    ];

    public static IEnumerable<Question> AnsweredYes(ScreeningInput s) => All.Where(q => q.Answer(s) == true);

    public static bool FullDpiaNeeded(ScreeningInput s) => AnsweredYes(s).Any();
}
