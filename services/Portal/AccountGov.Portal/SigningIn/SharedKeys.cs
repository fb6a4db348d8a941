using Microsoft.AspNetCore.DataProtection;

namespace AccountGov.Portal.SigningIn;

/// <summary>
/// The session and anti-forgery cookies are encrypted with Data Protection keys. By default each process makes its
/// own, so a second Portal replica could not read the first one's cookies and would sign people out at random.
/// <c>Portal:DataProtection:KeysFolder</c> names a folder every replica shares (<c>make up REPLICAS=2</c> sets one
/// under .run/); in a cluster that folder must be shared storage, or the keys kept in a shared store instead.
/// </summary>
internal static class SharedKeys
{
    public static void AddSharedKeysIfConfigured(this WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["Portal:DataProtection:KeysFolder"];
        if (string.IsNullOrWhiteSpace(folder)) return;
        builder.Services.AddDataProtection()
            .SetApplicationName("AccountGov.Portal")
            .PersistKeysToFileSystem(Directory.CreateDirectory(folder));
    }
}
