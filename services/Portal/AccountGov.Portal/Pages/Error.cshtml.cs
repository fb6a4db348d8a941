using System.Net;
using AccountGov.Portal.Services;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace AccountGov.Portal.Pages;

/// <summary>
/// Every error page: a status code re-executed here, or an exception a page did not handle. A service's 404 or 403
/// becomes the same page here, so a mistyped id reads "page not found", not a fault.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Sorry, there is a problem with the service";
    public string Explanation { get; private set; } = "Try again later.";

    public void OnGet(int? code) => Describe(code);
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = code ?? failure switch
        {
            ApiException { StatusCode: HttpStatusCode.NotFound } => 404,
            ApiException { StatusCode: HttpStatusCode.Forbidden } => 403,
            { } e when ServiceCall.IsUnavailable(e) => 503,
            _ => 500,
        };
        Response.StatusCode = status;
        (Heading, Explanation) = status switch
        {
            404 => ("Page not found", "If you typed the web address, check it is correct. If you pasted it, check you copied all of it."),
            403 => ("You cannot see this page", "Your role does not allow it. If you think it should, ask your line manager."),
            400 => ("Sorry, that did not work", "The form had expired or was not sent from this site. Go back, reload the page and try again."),
            503 => ("Sorry, the service is unavailable", "A service this page needs is not answering. Try again in a few minutes. Other pages still work."),
            _ => ("Sorry, there is a problem with the service", "Try again later."),
        };
    }
}
