namespace AccountGov.ServiceDefaults.Errors;

/// <summary>The action is not allowed in the current state (409). The message is shown to the caller: no personal data.</summary>
public sealed class RuleViolation(string message) : Exception(message);

/// <summary>The caller lacks the relationship the action needs, e.g. not the requester (403).</summary>
public sealed class AccessDenied(string message) : Exception(message);

/// <summary>The addressed resource does not exist (404).</summary>
public sealed class NotFound(string what) : Exception($"{what} was not found.");

/// <summary>The caller's If-Match is stale (412).</summary>
public sealed class StaleVersion(string message) : Exception(message);

/// <summary>One input field is invalid (400 with a field error).</summary>
public sealed class InvalidInput(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>The caller has used up an allowance (429); <see cref="RetryAfter"/> says when the next one frees.</summary>
public sealed class TooManyRequests(string message, TimeSpan retryAfter) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
