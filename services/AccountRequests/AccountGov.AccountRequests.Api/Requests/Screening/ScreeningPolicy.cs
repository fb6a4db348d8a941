namespace AccountGov.AccountRequests.Api.Requests.Screening;

public sealed record ScreeningQuestion(int Number, string Field, string Question, Func<DpiaScreening, bool> Answer);

/// <summary>
/// The DPIA screening rule as data: the questions, where they come from, and how many "Yes" answers require the
/// full (Stage 2) DPIA. A later policy version is a new instance here; no endpoint changes.
/// </summary>
public sealed record ScreeningPolicy(string Reference, IReadOnlyList<ScreeningQuestion> Questions, int YesAnswersRequiringFullDpia)
{
    public string Rule => YesAnswersRequiringFullDpia == 1
        ? "A 'Yes' to any question requires a full DPIA (Stage 2)."
        : $"{YesAnswersRequiringFullDpia} or more 'Yes' answers require a full DPIA (Stage 2).";

    public IEnumerable<ScreeningQuestion> AnsweredYes(DpiaScreening answers) => Questions.Where(q => q.Answer(answers));

    public bool RequiresFullDpia(DpiaScreening answers) => AnsweredYes(answers).Count() >= YesAnswersRequiringFullDpia;

    /// <summary>BLMK ICB Social Media Policy, Appendix 2, Stage 1 (the policy in force).</summary>
    public static readonly ScreeningPolicy Current = new(
        "BLMK ICB Social Media Policy, Appendix 2: Data Protection Impact Assessment Initial Screening (Stage 1)",
        [
            new(1, "personalData", "Will it result in the processing of personal identifiable information / data?", a => a.PersonalData),
            new(2, "sensitiveData", "Will it result in the processing of sensitive information / data?", a => a.SensitiveData),
            new(3, "uniqueIdentifiers", "Will it involve the sharing of identifiers which are unique to an individual or household?", a => a.UniqueIdentifiers),
            new(4, "pseudonymisedData", "Will it result in the processing of pseudonymised information by organisations who have the key / ability to reidentify the information?", a => a.PseudonymisedData),
            new(5, "newAccessToInformation", "Will it result in organisations or people having access to information they do not currently have access to?", a => a.NewAccessToInformation),
            new(6, "newPurpose", "Will it result in an organisation using information it already holds or has access to, but for a different purpose?", a => a.NewPurpose),
            new(7, "privacyIntrusiveTechnology", "Does it result in the use of technology which might be perceived as being privacy intruding?", a => a.PrivacyIntrusiveTechnology),
            new(8, "significantAutomatedDecisions", "Will it result in decisions being made or action being taken against individuals in ways which could have a significant impact on them?", a => a.SignificantAutomatedDecisions),
            new(9, "additionalInformationCollected", "Will it result in the collection of additional information about individuals in addition to what is already collected / held?", a => a.AdditionalInformationCollected),
            new(10, "intrusiveContact", "Will it require individuals to be contacted in ways which they may not be aware of and may find intrusive?", a => a.IntrusiveContact),
        ],
        YesAnswersRequiringFullDpia: 1);
}
