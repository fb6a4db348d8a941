using AccountGov.ServiceDefaults.Health;

namespace AccountGov.Custody.Api.Credentials.Keys;

/// <summary>Bound from "Custody". Chooses where the KEKs come from (docs/custody-keys.md).</summary>
public sealed class CustodyKeyOptions
{
    /// <summary><c>File</c> or <c>Environment</c>; a KMS or Vault-transit provider adds its own name.</summary>
    public string KeyProvider { get; set; } = "File";

    /// <summary>The key file, relative to the content root unless absolute.</summary>
    public string? KeyFile { get; set; }

    public string KeyEnvironmentVariable { get; set; } = "ACCOUNTGOV_CUSTODY_KEKS";
}

public static class KeyProviderSetup
{
    /// <summary>
    /// Builds the provider at startup, so a missing or malformed KEK stops the service before it takes traffic.
    /// Only in Development is a missing key file generated (0600), the `make up` experience; elsewhere it must exist.
    /// </summary>
    public static void AddKeyEncryptionKeys(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Custody").Get<CustodyKeyOptions>() ?? new CustodyKeyOptions();
        IKeyEncryptionKeyProvider provider = options.KeyProvider switch
        {
            "File" => FileKeyEncryptionKeyProvider.Open(
                Path.GetFullPath(options.KeyFile ?? throw new InvalidOperationException("Custody:KeyFile must name the KEK file."),
                    builder.Environment.ContentRootPath),
                createIfMissing: builder.Environment.IsDevelopment()),
            "Environment" => EnvironmentKeyEncryptionKeyProvider.FromVariable(options.KeyEnvironmentVariable),
            _ => throw new InvalidOperationException("Custody:KeyProvider must be File or Environment."),
        };
        builder.Services.AddSingleton(provider);
        builder.Services.AddHealthChecks().AddCheck<KeyProviderHealthCheck>("key-encryption-key", tags: [HealthSetup.Ready]);
    }
}
