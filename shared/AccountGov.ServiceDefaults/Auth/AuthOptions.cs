namespace AccountGov.ServiceDefaults.Auth;

/// <summary>Bound from the "Auth" configuration section.</summary>
public sealed class AuthOptions
{
    /// <summary>The OIDC authority (Entra ID, Keycloak, ...). Its metadata supplies issuer and signing keys.</summary>
    public string? Authority { get; set; }
    public string Audience { get; set; } = "accountgov";

    /// <summary>
    /// The claim holding the person's id: the id custodians, HR rows and the audit trail use. <c>sub</c> by default;
    /// with Entra ID, whose <c>sub</c> differs per application, use <c>oid</c>, <c>preferred_username</c> or an
    /// employee-number claim (docs/identity-providers.md).
    /// </summary>
    public string PersonIdClaim { get; set; } = "sub";

    /// <summary>Where roles are: a claim (<c>roles</c>: Entra ID app roles) or a path into a JSON claim
    /// (<c>realm_access.roles</c>: Keycloak realm roles; <c>resource_access.accountgov.roles</c>: its client roles).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The provider's role value → AccountGov's role name. Empty: the values are AccountGov's names. When
    /// set, a value it does not list grants nothing.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new();

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
