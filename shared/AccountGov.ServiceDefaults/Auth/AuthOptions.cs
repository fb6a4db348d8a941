namespace AccountGov.ServiceDefaults.Auth;

/// <summary>Bound from the "Auth" configuration section.</summary>
public sealed class AuthOptions
{
    /// <summary>The OIDC authority (Entra ID, Keycloak, ...). Its metadata supplies issuer and signing keys.</summary>
    public string? Authority { get; set; }
    public string Audience { get; set; } = "accountgov";

    /// <summary>Development issuer only. Never honoured outside the Development environment.</summary>
    public string DevIssuer { get; set; } = "accountgov-dev";
    public string? DevSigningKey { get; set; }
    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
