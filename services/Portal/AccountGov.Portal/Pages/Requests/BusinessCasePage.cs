using System.Net;
using System.Text.Json;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Portal.Services;
using Microsoft.AspNetCore.Mvc;
using Refit;

namespace AccountGov.Portal.Pages.Requests;

/// <summary>
/// The business case form, then "check your answers", then the send. Works without JavaScript: the check page
/// carries the answers back in one hidden field (the person's own answers, nothing secret), and "Change" returns
/// them to the form. Errors the API finds come back into the error summary, each linked to its field.
/// </summary>
public abstract class BusinessCasePage : PortalPage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // An error about a whole group points at the group's first field.
    private static readonly Dictionary<string, string> Groups = new()
    {
        ["sponsor"] = "sponsor.userId", ["custodians"] = "custodians[0].userId", ["custodians[0]"] = "custodians[0].userId",
        ["custodians[1]"] = "custodians[1].userId", ["attestations"] = "attestations.readSocialMediaPolicy",
        ["dpiaScreening"] = "dpiaScreening.personalData", ["messagingChecklist"] = "messagingChecklist.encryption",
    };

    [BindProperty] public BusinessCaseInput Input { get; set; } = new();
    [BindProperty] public string? Draft { get; set; }

    public bool Checking { get; private set; }
    public abstract string Heading { get; }
    public string DraftJson => JsonSerializer.Serialize(Input, Json);

    public IActionResult OnPostCheck()
    {
        foreach (var question in ScreeningQuestions.All.Where(q => q.Answer(Input.DpiaScreening) is null))
            ModelState.AddModelError($"Input.DpiaScreening.{question.Field}", $"Answer yes or no: {question.Text}");
        Checking = ModelState.ErrorCount == 0;
        return Page();
    }

    public IActionResult OnPostChange()
    {
        Input = FromDraft();
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        Input = FromDraft();
        ModelState.Clear();
        IApiResponse<RequestAccepted> response;
        try
        {
            response = await Send(Input.ToBody(), ct);
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            return StillChecking();
        }
        if (response.IsSuccessStatusCode) return Redirect($"/requests/{response.Content!.Id}?sent=1");
        if (ServiceCall.IsUnavailable(response)) return StillChecking();

        var problem = Problem.From(response.ErrorContent());
        if (response.StatusCode == HttpStatusCode.PreconditionFailed)
            ModelState.AddModelError("", "Someone else changed this request after you opened it, so your changes were not saved. Open the request again to see the latest version.");
        else if (response.StatusCode == HttpStatusCode.BadRequest) AddProblem(problem, "Input.", Groups);
        else ModelState.AddModelError("", problem.Detail ?? problem.Title ?? "The request could not be sent.");
        return Page();
    }

    protected abstract Task<IApiResponse<RequestAccepted>> Send(BusinessCaseBody body, CancellationToken ct);

    private IActionResult StillChecking()
    {
        Unavailable.Add(ServiceNames.AccountRequests);
        Checking = true;
        return Page();
    }

    private BusinessCaseInput FromDraft() =>
        string.IsNullOrWhiteSpace(Draft) ? new BusinessCaseInput() : JsonSerializer.Deserialize<BusinessCaseInput>(Draft, Json) ?? new BusinessCaseInput();
}
