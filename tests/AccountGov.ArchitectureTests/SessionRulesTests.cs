using System.Reflection;
using Marten;

namespace AccountGov.ArchitectureTests;

/// <summary>
/// Every session a service opens comes from the tracing session factory (shared EventSourcing/Marten), which stamps
/// appended events with the trace of the request or background pass that caused them. A session opened straight
/// from the store skips that, and what it publishes starts a trace of its own. Nothing in a service may take the
/// store itself: only <see cref="ISessionFactory"/>, <see cref="IDocumentSession"/> or <see cref="IQuerySession"/>.
/// </summary>
public class SessionRulesTests
{
    [Theory]
    [MemberData(nameof(Services.ApiNames), MemberType = typeof(Services))]
    public void GivenAnApi_WhenItsConstructorsAndMethodsAreScanned_ThenNoneTakesTheDocumentStore(string api)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var takers = Services.Api(api).GetTypes()
            .SelectMany(t => t.GetConstructors(all).Cast<MethodBase>().Concat(t.GetMethods(all)))
            .Where(m => m.GetParameters().Any(p => typeof(IDocumentStore).IsAssignableFrom(p.ParameterType)))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();
        Assert.Empty(takers);
    }
}
