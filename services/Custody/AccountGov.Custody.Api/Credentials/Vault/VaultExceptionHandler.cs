using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Custody.Api.Credentials.Vault;

/// <summary>
/// A ciphertext that fails its integrity check is refused with a 500 that says so (it is the server's data that
/// is wrong, and someone must look); a shredded key is a 409. Neither echoes anything stored.
/// </summary>
internal sealed class VaultExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, title) = exception switch
        {
            CredentialIntegrityException => (StatusCodes.Status500InternalServerError, "The stored credential failed its integrity check and was not revealed."),
            DataKeyDestroyedException => (StatusCodes.Status409Conflict, "The account's credentials were destroyed when it was decommissioned."),
            _ => (0, ""),
        };
        if (status == 0) return false;
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
        });
    }
}
