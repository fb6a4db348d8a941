using Microsoft.Playwright;

namespace AccountGov.Portal.BrowserTests;

/// <summary>Fills the business case form as a person would: by the labels they read.</summary>
public static class BusinessCaseForm
{
    public static async Task Fill(IPage page, string handle, string? screeningYes)
    {
        async Task Type(string label, string value) => await page.GetByLabel(label, new() { Exact = true }).FillAsync(value);
        await Type("Team", "Paediatric Physiotherapy");
        await page.GetByLabel("Platform", new() { Exact = true }).SelectOptionAsync("Instagram");
        await Type("Account name or handle", handle);
        await Type("Purpose", "Share home-exercise videos with families between appointments.");
        await Type("Audience", "Parents and carers of children under the service.");
        await Type("Benefits", "Fewer missed exercises and fewer calls to the clinic.");
        await Type("Risks", "Requests for clinical advice in comments; answered with a standard reply.");
        await Type("Monitoring hours", "Mon-Fri 08:00-17:00");
        await Type("Sponsor's user ID", "sam");
        await Type("Sponsor's full name", "Sam Patel");
        await Type("Sponsor's email address", "sam@example.nhs.uk");
        await Type("Primary custodian: user ID", "carl");
        await Type("Primary custodian: full name", "Carl Obi");
        await Type("Primary custodian: email address", "carl@example.nhs.uk");
        await Type("Deputy custodian: user ID", "dina");
        await Type("Deputy custodian: full name", "Dina Roy");
        await Type("Deputy custodian: email address", "dina@example.nhs.uk");
        foreach (var field in Screening)
            await page.Locator(field == screeningYes ? $"#Input_DpiaScreening_{field}" : $"#Input_DpiaScreening_{field}-2").CheckAsync();
        await page.GetByLabel("I have read the Social Media policy").CheckAsync();
        await page.GetByLabel("I have read the Email and Internet policy").CheckAsync();
        await page.GetByLabel("The account will display the organisation's disclaimer").CheckAsync();
    }

    public static async Task FillDpia(IPage page)
    {
        await page.GetByLabel("Description of the processing", new() { Exact = true }).FillAsync("Photos of children doing exercises, posted with written parental consent.");
        await page.GetByLabel("Necessity and proportionality", new() { Exact = true }).FillAsync("Videos replace printed sheets families lose; no names are posted.");
        await page.GetByLabel("Risk 1: what could happen", new() { Exact = true }).FillAsync("A child is identifiable from a video.");
        await page.GetByLabel("Risk 1: likelihood", new() { Exact = true }).SelectOptionAsync("Possible");
        await page.GetByLabel("Risk 1: severity", new() { Exact = true }).SelectOptionAsync("Significant");
        await page.GetByLabel("Risk 1: mitigation", new() { Exact = true }).FillAsync("Faces are never shown; consent is recorded.");
        await page.GetByLabel("Residual risk after mitigation", new() { Exact = true }).SelectOptionAsync("Low");
    }

    private static readonly string[] Screening =
    [
        "PersonalData", "SensitiveData", "UniqueIdentifiers", "PseudonymisedData", "NewAccessToInformation", "NewPurpose",
        "PrivacyIntrusiveTechnology", "SignificantAutomatedDecisions", "AdditionalInformationCollected", "IntrusiveContact",
    ];
}
