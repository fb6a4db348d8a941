using System.Text.Json;
using AccountGov.ServiceDefaults.Input;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.ServiceDefaults.Errors;

/// <summary>
/// Turns malformed input (bad JSON, a missing body, an unparsable route value) into a 400 with field errors.
/// The offending value is never echoed back: it may be a secret or personal data.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is InvalidInput invalid)
            return await WriteAsync(context, exception, StatusCodes.Status400BadRequest, invalid.Field, invalid.Message);
        if (exception is not BadHttpRequestException bad) return false;

        var (field, message) = bad.InnerException switch
        {
            InputRefused refused => (FieldFromJsonPath(refused.Path), refused.Message),
            JsonException json => (FieldFromJsonPath(json.Path), "The JSON is malformed or a value has the wrong type."),
            _ when bad.StatusCode == StatusCodes.Status413PayloadTooLarge => ("body", "The request body is too large."),
            _ when bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) => ("body", "A valid JSON body is required."),
            _ => ("request", "The request could not be read."),
        };
        return await WriteAsync(context, exception, bad.StatusCode, field, message);
    }

    private async ValueTask<bool> WriteAsync(HttpContext context, Exception exception, int status, string field, string message)
    {
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = status,
                Title = "The request is invalid.",
            },
        });
    }

    private static string FieldFromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');
}
