using System.Text.Json;

namespace AccountGov.ServiceDefaults.Input;

/// <summary>
/// A JSON value the input policy refuses. A JsonException, so System.Text.Json adds the value's path and the
/// bad-request handler turns it into a 400 field error; the message names the rule, never the value.
/// </summary>
public sealed class InputRefused(string message) : JsonException(message);
