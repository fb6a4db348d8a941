namespace AccountGov.ServiceDefaults.Validation;

/// <summary>
/// The one identity of an account on a platform, used wherever the register refuses a second one (MECCG139 §6):
/// the platform and the handle compared without regard to case or a leading <c>@</c>, so "@StPaedsPhysio" and
/// "stpaedsphysio" on Instagram are one account. Pure, and shared so every service compares alike.
/// </summary>
public static class HandleKey
{
    public static string Of(string platform, string handle) =>
        $"{platform.Trim().ToLowerInvariant()}:{Bare(handle).ToLowerInvariant()}";

    /// <summary>The handle as written, less surrounding space and one leading <c>@</c>.</summary>
    public static string Bare(string handle)
    {
        var trimmed = handle.Trim();
        return trimmed.StartsWith('@') ? trimmed[1..].TrimStart() : trimmed;
    }
}
