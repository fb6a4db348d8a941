using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.BreakGlass;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Hr;
using AccountGov.Custody.Api.Reports;
using AccountGov.Custody.Api.Reports.CustodyGaps;
using AccountGov.Custody.Api.Reviews;
using AccountGov.Custody.UnitTests.Accounts;
using AccountGov.EventSourcing.Marten;
using AccountGov.EventSourcing.Writing;
using JasperFx.Events;

namespace AccountGov.Custody.UnitTests;

/// <summary>
/// Marten folds each aggregate's snapshot through <see cref="EvolvingProjection{T}"/>, which hands it only the event
/// types the aggregate lists (<c>Events</c>) and calls its Start and its one evolve, <c>Then</c>; in-process folds call
/// the same two. So the list and the fold must agree both ways: every listed event has a case (or a write fails), and
/// nothing else has one (or Marten would never hand it over, and the snapshot would silently skip it).
/// </summary>
public class OneEvolveTests
{
    private static readonly DateTimeOffset Now = Approved.Now;

    private static readonly AccountRegistered Registered = new(
        Guid.NewGuid(), Guid.NewGuid(), "Team", "X", "@x", new Person("sam", "Sam"), [], [], "beth", Now);

    // The first event of each aggregate's stream, built whole so Start has real values to copy.
    private static readonly Dictionary<Type, object> Firsts = new()
    {
        [typeof(Account)] = Registered,
        [typeof(CredentialExposure)] = Registered,
        [typeof(BreakGlassGrant)] = new BreakGlassOpened(Guid.NewGuid(), Guid.NewGuid(), "beth", "Beth", "why", Now, Now.AddHours(1)),
        [typeof(Handover)] = new HandoverOpened(Guid.NewGuid(), Guid.NewGuid(), "carl", "dina", HandoverKind.Temporary, HandoverReason.Leave,
            "hr-1", new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 30), Now),
        [typeof(StaffMember)] = new StaffRecorded("carl"),
        [typeof(CustodyGap)] = new CustodyGapOpened(Guid.NewGuid(), "none", null, Now),
        [typeof(AccountGov.Custody.Api.Credentials.Obligations.CredentialObligations)] =
            new AccountGov.Custody.Api.Credentials.Obligations.RotationDone(Guid.NewGuid(), Guid.NewGuid(), 2, Now),
        [typeof(Review)] = new ReviewScheduled(Guid.NewGuid(), Guid.NewGuid(), ReviewKind.Account, "account", 1,
            new DateOnly(2027, 3, 2), null, new ReviewInterval(12, 0), Now),
        [typeof(AnticipatedGap)] = new CustodyGapAnticipated(Guid.NewGuid(), new DateOnly(2026, 12, 1), null, Now),
    };

    public static TheoryData<string> Names => [.. Firsts.Keys.Select(t => t.Name)];

    private static Type Aggregate(string name) => Firsts.Keys.Single(t => t.Name == name);

    [Fact]
    public void GivenTheCustodyApi_WhenItsAggregatesAreListed_ThenEachHasAFirstEventHere() =>
        Assert.Equal(
            Firsts.Keys.Select(t => t.Name).Order(),
            typeof(Account).Assembly.GetTypes().Where(IsAggregate).Select(t => t.Name).Order());

    [Theory]
    [MemberData(nameof(Names))]
    public void GivenEveryEventItsStreamHolds_WhenEvolved_ThenStartOrThenHasACaseForIt(string name)
    {
        var type = Aggregate(name);
        var listed = EventsOf(type);
        Assert.Contains(Firsts[type].GetType(), listed);

        foreach (var e in listed.Where(t => t != Firsts[type].GetType()).Select(RuntimeHelpers.GetUninitializedObject))
        {
            // An empty instance is enough to reach the switch; a case that then trips over an empty field is still a case.
            var thrown = Record.Exception(() => Evolve(type, Started(type), e));
            Assert.False(thrown is UnknownEvent, $"{name}.Then has no case for {e.GetType().Name}.");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GivenAnyTypeItsStreamDoesNotHold_WhenEvolved_ThenItFailsLoudly(string name)
    {
        var type = Aggregate(name);
        var unlisted = typeof(Account).Assembly.GetTypes().Append(typeof(object)).Where(CanBeEmpty).Except(EventsOf(type)).ToList();
        Assert.NotEmpty(unlisted);

        foreach (var e in unlisted.Select(RuntimeHelpers.GetUninitializedObject))
        {
            Assert.True(Record.Exception(() => Evolve(type, Started(type), e)) is UnknownEvent,
                $"{name}.Then has a case for {e.GetType().Name}, which its Events do not list: Marten would never hand it over.");
            Assert.True(Record.Exception(() => Evolve(type, null, e)) is UnknownEvent, $"{name}.Start accepts {e.GetType().Name}.");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GivenTheFirstEvent_WhenMartensProjectionEvolvesIt_ThenItFoldsAsStartDoesAndFailsOnAStrayEvent(string name)
    {
        var type = Aggregate(name);
        var projection = Activator.CreateInstance(typeof(EvolvingProjection<>).MakeGenericType(type))!;
        var evolve = projection.GetType().GetMethod(nameof(EvolvingProjection<Account>.Evolve), [type, typeof(Guid), typeof(IEvent)])!;
        object? Project(object? snapshot, object e) =>
            evolve.Invoke(projection, BindingFlags.DoNotWrapExceptions, null, [snapshot, Guid.NewGuid(), MartenFold.Wrap(e)], null);

        Assert.Equal(Json(Started(type)), Json(Project(null, Firsts[type])));
        Assert.IsType<UnknownEvent>(Record.Exception(() => Project(Started(type), new object())));
    }

    private static object Started(Type type) => Evolve(type, null, Firsts[type]);

    // Evolving.Next is the step Marten's projection takes: Start on no state, Then after.
    private static object Evolve(Type type, object? state, object e) => typeof(Evolving).GetMethod(nameof(Evolving.Next))!
        .MakeGenericMethod(type).Invoke(null, BindingFlags.DoNotWrapExceptions, null, [state, e], null)!;

    private static IReadOnlyList<Type> EventsOf(Type aggregate) =>
        (IReadOnlyList<Type>)aggregate.GetProperty("Events")!.GetValue(null)!;

    private static bool IsAggregate(Type t) =>
        t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAggregate<>));

    private static bool CanBeEmpty(Type t) =>
        t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters && !typeof(Delegate).IsAssignableFrom(t);

    private static string Json(object? o) => JsonSerializer.Serialize(o);
}
