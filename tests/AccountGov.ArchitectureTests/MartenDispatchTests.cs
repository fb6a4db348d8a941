using System.Reflection;
using AccountGov.EventSourcing.Writing;

namespace AccountGov.ArchitectureTests;

/// <summary>
/// Marten 9's source generator silently ignores non-public Create/Apply, and the build still passes. This keeps
/// every method Marten dispatches to public. A private helper in an Api must not be named Apply or Create either:
/// the rule can only be checked by name. An <see cref="IAggregate{T}"/> is folded by its Start and Then alone
/// (EvolvingProjection), so it must give Marten's conventions nothing to find: Marten refuses a projection that
/// overrides Evolve while its aggregate has conventional methods, and a second fold would drift from the first.
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

    [Fact]
    public void GivenTheCustodyAggregates_WhenScanned_ThenNoneHasAMethodMartensConventionsFind()
    {
        var aggregates = Services.Apis.SelectMany(a => a.GetTypes())
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAggregate<>)))
            .ToList();
        Assert.Contains(typeof(AccountGov.Custody.Api.Accounts.Account), aggregates);

        var conventional = aggregates
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name is "Apply" or "Create" or "ShouldDelete" or "Evolve" or "EvolveAsync" or "DetermineAction")
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();
        Assert.Empty(conventional);
    }
}
