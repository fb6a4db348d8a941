using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.IdentityModel.Tokens;

namespace AccountGov.ServiceDefaults.Auth;

/// <summary>The key development tokens are signed with. Null when development tokens are off.</summary>
public sealed record DevSigningKey(SymmetricSecurityKey Key);

/// <summary>
/// The development signing key lives on the developer's machine, not in the repository or the publish output:
/// 32 random bytes in <c>.keys/dev-signing-key</c> at the repository root (ignored by git, mode 0600), made on
/// first start and shared by every service on the machine, so a token from one is accepted by the others.
/// </summary>
internal static class DevSigningKeyFile
{
    private const string FileName = "dev-signing-key";

    public static DevSigningKey LoadOrCreate(WebApplicationBuilder builder, AuthOptions options)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        var path = options.DevSigningKeyFile is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : Path.Combine(RepositoryRoot(contentRoot) ?? UserFolder(), ".keys", FileName);
        if (!File.Exists(path)) TryCreate(path);
        var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        if (key.Length < 32) throw new InvalidOperationException("The development signing key file holds fewer than 32 bytes.");
        return new DevSigningKey(new SymmetricSecurityKey(key));
    }

    private static string? RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AccountGov.sln"))) return dir.FullName;
        return null;
    }

    private static string UserFolder() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "AccountGov");

    private static void TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(new FileStream(temp, options)))
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        try
        {
            // Several services start at once: the first move wins and the others read its key.
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
        }
    }
}
