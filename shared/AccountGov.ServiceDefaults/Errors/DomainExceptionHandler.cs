using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.ServiceDefaults.Errors;

/// <summary>Maps the domain's refusals to their status codes as ProblemDetails.</summary>
internal sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, title) = exception switch
        {
            RuleViolation => (StatusCodes.Status409Conflict, "The action is not allowed in the current state."),
            AccessDenied => (StatusCodes.Status403Forbidden, "You may not do this."),
            NotFound => (StatusCodes.Status404NotFound, "Not found."),
            StaleVersion => (StatusCodes.Status412PreconditionFailed, "The resource has changed since you read it."),
            TooManyRequests => (StatusCodes.Status429TooManyRequests, "Too many requests."),
            _ => (0, ""),
        };
        if (status == 0) return false;

        context.Response.StatusCode = status;
        if (exception is TooManyRequests limited)
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(limited.RetryAfter.TotalSeconds)).ToString();
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = exception.Message },
        });
    }
}
