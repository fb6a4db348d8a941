using System.Net.Http.Headers;
using AccountGov.Portal.Pages;
using Refit;

namespace AccountGov.Portal.Services;

/// <summary>
/// Sends an uploaded CSV to Custody as it is, streamed (the Portal keeps no copy): HR's file and BD's register import.
/// A refusal becomes the upload field's errors; a Custody that does not answer is said in place.
/// </summary>
public static class CsvUpload
{
    public const long MaxBytes = 64L * 1024 * 1024;
    public const string Field = "Upload";

    public static async Task<T?> Send<T>(PortalPage page, IFormFile? upload, Func<HttpContent, Task<IApiResponse<T>>> send, string unreadable)
        where T : class
    {
        if (upload is not { Length: > 0 })
        {
            page.ModelState.AddModelError(Field, "Choose a CSV file to upload.");
            return null;
        }
        try
        {
            await using var stream = upload.OpenReadStream();
            using var content = new StreamContent(stream);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            var response = await send(content);
            if (response.IsSuccessStatusCode) return response.Content;
            if (ServiceCall.IsUnavailable(response)) page.Unavailable.Add(ServiceNames.Custody);
            else foreach (var message in Problem.From(response.ErrorContent()) is var p && p.Errors.Count > 0 ? p.Errors.SelectMany(e => e.Value) : [p.Detail ?? unreadable])
                    page.ModelState.AddModelError(Field, message);
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            page.Unavailable.Add(ServiceNames.Custody);
        }
        return null;
    }
}
