namespace AccountGov.ServiceDefaults.Auth;

/// <summary>Bound from the "Auth" configuration section.</summary>
public sealed class AuthOptions
{
    /// <summary>The OIDC authority (Entra ID, Keycloak, ...). Its metadata supplies issuer and signing keys.</summary>
    public string? Authority { get; set; }
    public string Audience { get; set; } = "accountgov";

    /// <summary>
    /// Development only: serve POST /dev/token and accept its tokens. Refused at startup together with an authority
    /// or a non-loopback URL; set it to false to run Development against a real authority.
    /// </summary>
    public bool DevTokens { get; set; } = true;
    public string DevIssuer { get; set; } = "accountgov-dev";

    /// <summary>
    /// Development only, for a container whose ports are published on the host's loopback (docker-compose.yml):
    /// lets development tokens run on a non-loopback listen address. Never set it anywhere else.
    /// </summary>
    public bool DevTokensInLoopbackContainer { get; set; }

    /// <summary>The per-machine development signing key; by default <c>.keys/dev-signing-key</c> at the repository root.</summary>
    public string? DevSigningKeyFile { get; set; }
    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
