namespace AccountGov.Custody.Api.Credentials.Keys;

/// <summary>
/// Where the environment provider's KEKs are read from: the file named by <c>{variable}_FILE</c> (a mounted
/// Kubernetes Secret, so the keys never sit in the process environment, where crash dumps and /proc show them),
/// or else the variable itself. Setting both is refused: which one wins would be a guess.
/// </summary>
public static class KeyEncryptionKeySource
{
    public static string? Read(string variable, Func<string, string?> environment)
    {
        var file = environment(variable + "_FILE");
        if (string.IsNullOrWhiteSpace(file)) return environment(variable);
        if (!string.IsNullOrWhiteSpace(environment(variable)))
            throw new InvalidOperationException($"Set {variable} or {variable}_FILE, not both.");
        if (!File.Exists(file))
            throw new InvalidOperationException($"{variable}_FILE names {file}, which does not exist.");
        return File.ReadAllText(file).Trim();
    }
}
