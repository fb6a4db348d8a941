namespace AccountGov.Custody.Api.Credentials.Depositing;

/// <summary>Field rules for a credential. Messages name the field and the limit, never the value.</summary>
public static class DepositCredentialValidation
{
    public const int MaxUsername = 256;
    public const int MaxPassword = 1024;
    public const int MaxEmail = 320;
    public const int MaxRecoveryCodes = 50;
    public const int MaxRecoveryCode = 128;
    public const int MaxNotes = 4000;

    public static Dictionary<string, string[]> Validate(DepositCredentialBody body)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Username)) errors["username"] = ["A username is required."];
        else if (body.Username.Length > MaxUsername) errors["username"] = [$"The username may be at most {MaxUsername} characters."];
        if (string.IsNullOrEmpty(body.Password)) errors["password"] = ["A password is required."];
        else if (body.Password.Length > MaxPassword) errors["password"] = [$"The password may be at most {MaxPassword} characters."];
        if (body.LinkedEmail is { Length: > 0 } email && (email.Length > MaxEmail || !LooksLikeEmail(email)))
            errors["linkedEmail"] = [$"The linked email must be an email address of at most {MaxEmail} characters."];
        if (body.LinkedEmailPassword is { Length: > MaxPassword })
            errors["linkedEmailPassword"] = [$"The linked email password may be at most {MaxPassword} characters."];
        if (!string.IsNullOrEmpty(body.LinkedEmailPassword) && string.IsNullOrEmpty(body.LinkedEmail))
            errors["linkedEmail"] = ["Name the linked email account whose password is given."];
        if (body.RecoveryCodes is { Length: > MaxRecoveryCodes })
            errors["recoveryCodes"] = [$"At most {MaxRecoveryCodes} recovery codes."];
        else if (body.RecoveryCodes?.Any(c => c is null || c.Length > MaxRecoveryCode) == true)
            errors["recoveryCodes"] = [$"Each recovery code must be present and at most {MaxRecoveryCode} characters."];
        if (body.Notes is { Length: > MaxNotes }) errors["notes"] = [$"Notes may be at most {MaxNotes} characters."];
        return errors;
    }

    private static bool LooksLikeEmail(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);
    }
}
