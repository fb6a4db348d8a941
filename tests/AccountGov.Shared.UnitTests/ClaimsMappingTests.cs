using System.Security.Claims;
using System.Security.Cryptography;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AccountGov.Shared.UnitTests;

/// <summary>
/// Tokens shaped as Entra ID and Keycloak issue them, signed and validated by the same handler JwtBearer uses, so the
/// claims reach the mapping exactly as in a service (a nested JSON claim stays one JSON-valued claim).
/// </summary>
public class ClaimsMappingTests
{
    private static readonly SymmetricSecurityKey Key = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task GivenAnEntraToken_WhenMappedOnOidAndAppRoles_ThenThePersonIsTheOidAndTheAppRolesAreAccountGovRoles()
    {
        var options = new AuthOptions
        {
            Authority = "https://login.microsoftonline.com/tenant/v2.0", PersonIdClaim = "oid", RoleClaim = "roles",
            RoleMap = new() { ["AccountGov.BD"] = Roles.BusinessDevelopment, ["AccountGov.Staff"] = Roles.Staff },
        };
        var token = await Validated(new()
        {
            ["iss"] = "https://login.microsoftonline.com/tenant/v2.0", ["sub"] = "per-app-pairwise-id", ["oid"] = "beth-0001",
            ["name"] = "Beth Davies", ["roles"] = new[] { "AccountGov.BD", "AccountGov.Staff", "Other.App.Admin" },
        });

        Assert.Null(ClaimsMapping.Accept(token, options, out var mapped));

        var user = CurrentUser.From(mapped);
        Assert.Equal("beth-0001", user.UserId);
        Assert.Equal("Beth Davies", user.Name);
        Assert.Equal(new HashSet<string> { Roles.BusinessDevelopment, Roles.Staff }, user.Roles);
        Assert.True(mapped.IsInRole(Roles.BusinessDevelopment));
    }

    [Fact]
    public async Task GivenAKeycloakToken_WhenRolesAreReadFromRealmAccess_ThenTheNestedRolesCount()
    {
        var options = new AuthOptions { Authority = "https://kc.example/realms/trust", PersonIdClaim = "preferred_username", RoleClaim = "realm_access.roles" };
        var token = await Validated(new()
        {
            ["iss"] = "https://kc.example/realms/trust", ["sub"] = "f81d4fae-7dec", ["preferred_username"] = "carl",
            ["realm_access"] = new Dictionary<string, object> { ["roles"] = new[] { "Staff", "HR", "offline_access" } },
            ["roles"] = new[] { "Auditor" }, // a top-level claim of that name is not where this provider's roles are
        });

        Assert.Null(ClaimsMapping.Accept(token, options, out var mapped));

        var user = CurrentUser.From(mapped);
        Assert.Equal("carl", user.UserId);
        Assert.Equal(new HashSet<string> { Roles.Staff, Roles.HR }, user.Roles);
    }

    [Fact]
    public async Task GivenAnEmployeeNumberClaimThatIsMissing_WhenMapped_ThenTheTokenIsRefused()
    {
        var options = new AuthOptions { Authority = "https://idp.example", PersonIdClaim = "employee_number" };
        var token = await Validated(new() { ["iss"] = "https://idp.example", ["sub"] = "x" });

        Assert.NotNull(ClaimsMapping.Accept(token, options, out _));
    }

    [Fact]
    public async Task GivenADevelopmentTokenBesideAnAuthority_WhenMapped_ThenItIsRefusedWhateverItsClaims()
    {
        var withAuthority = new AuthOptions { Authority = "https://idp.example" };
        var development = new AuthOptions();
        var token = await Validated(new() { ["iss"] = withAuthority.DevIssuer, ["sub"] = "beth", ["roles"] = new[] { Roles.BusinessDevelopment } });

        Assert.NotNull(ClaimsMapping.Accept(token, withAuthority, out _));
        Assert.Null(ClaimsMapping.Accept(token, development, out _));
    }

    [Fact]
    public void GivenARoleMapOntoARoleAccountGovDoesNotHave_WhenStarting_ThenItFails()
    {
        var options = new AuthOptions { RoleMap = new() { ["BD"] = "BusinessDevelopmentTeam" } };

        Assert.Throws<InvalidOperationException>(() => ClaimsMapping.Validate(options));
    }

    private static async Task<ClaimsPrincipal> Validated(Dictionary<string, object> claims)
    {
        var handler = new JsonWebTokenHandler { MapInboundClaims = false };
        var jwt = handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims, Audience = "accountgov", Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
        var result = await handler.ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            ValidAudience = "accountgov", ValidateIssuer = false, IssuerSigningKey = Key,
            NameClaimType = AuthClaims.Name, RoleClaimType = AuthClaims.Role,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return new ClaimsPrincipal(result.ClaimsIdentity);
    }
}
