using AccountGov.ServiceDefaults.Validation;

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

    public static FieldErrors Validate(DepositCredentialBody body)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(body.Username)) errors.Add("username", "A username is required.");
        else errors.AtMost("username", body.Username, MaxUsername, $"The username may be at most {MaxUsername} characters.");
        if (string.IsNullOrEmpty(body.Password)) errors.Add("password", "A password is required.");
        else errors.AtMost("password", body.Password, MaxPassword, $"The password may be at most {MaxPassword} characters.");
        if (body.LinkedEmail is { Length: > 0 } email && (email.Length > MaxEmail || !LooksLikeEmail(email)))
            errors.Add("linkedEmail", $"The linked email must be an email address of at most {MaxEmail} characters.");
        else if (!string.IsNullOrEmpty(body.LinkedEmailPassword) && string.IsNullOrEmpty(body.LinkedEmail))
            errors.Add("linkedEmail", "Name the linked email account whose password is given.");
        errors.AtMost("linkedEmailPassword", body.LinkedEmailPassword, MaxPassword, $"The linked email password may be at most {MaxPassword} characters.");
        if (body.RecoveryCodes is { Length: > MaxRecoveryCodes })
            errors.Add("recoveryCodes", $"At most {MaxRecoveryCodes} recovery codes.");
        else if (body.RecoveryCodes?.Any(c => c is null || c.Length > MaxRecoveryCode) == true)
            errors.Add("recoveryCodes", $"Each recovery code must be present and at most {MaxRecoveryCode} characters.");
        errors.AtMost("notes", body.Notes, MaxNotes, $"Notes may be at most {MaxNotes} characters.");
        return errors;
    }

    private static bool LooksLikeEmail(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);
    }
}
