using System.Reflection;

namespace AccountGov.ArchitectureTests;

/// <summary>
/// Marten 9's source generator silently ignores non-public Create/Apply, and the build still passes. This keeps
/// every method Marten dispatches to public. A private helper in an Api must not be named Apply or Create either:
/// the rule can only be checked by name.
/// </summary>
public class MartenDispatchTests
{
    [Theory]
    [MemberData(nameof(Services.ApiNames), MemberType = typeof(Services))]
    public void GivenAnApi_WhenItsTypesAreScanned_ThenEveryCreateAndApplyIsPublic(string api)
    {
        var hidden = Services.Api(api).GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name is "Apply" or "Create" or "ShouldDelete")
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();
        Assert.Empty(hidden);
    }
}
