using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.BreakGlass;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Hr.Staff;
using AccountGov.Custody.Api.Reports;
using AccountGov.Custody.Api.Reports.CustodyGaps;
using AccountGov.Custody.UnitTests.Accounts;
using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.UnitTests;

/// <summary>
/// Marten folds snapshots by convention through the public Create and Apply methods of the stream's aggregate (the
/// events it claims); in-process folds go through its one evolve, <c>Then</c>. Every claimed event must have a case
/// there, or the two paths disagree: an event missing from the switch fails here instead of failing a write.
/// </summary>
public class OneEvolveTests
{
    private static readonly DateTimeOffset Now = Approved.Now;

    private static readonly AccountRegistered Registered = new(
        Guid.NewGuid(), Guid.NewGuid(), "Team", "X", "@x", new Person("sam", "Sam"), [], [], "beth", Now);

    private static readonly Dictionary<string, (Type Stream, Func<object> Started)> Aggregates = new()
    {
        ["Account"] = (typeof(Account), () => Given.Registered()),
        ["CredentialExposure"] = (typeof(Account), () => CredentialExposure.Create(Registered)),
        ["BreakGlassGrant"] = (typeof(BreakGlassGrant), () => BreakGlassGrant.Create(
            new BreakGlassOpened(Guid.NewGuid(), Guid.NewGuid(), "beth", "Beth", "why", Now, Now.AddHours(1)))),
        ["Handover"] = (typeof(Handover), () => Handover.Create(new HandoverOpened(Guid.NewGuid(), Guid.NewGuid(), "carl", "dina",
            HandoverKind.Temporary, HandoverReason.Leave, "hr-1", new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 30), Now))),
        ["StaffMember"] = (typeof(StaffMember), () => StaffMember.Create(new StaffRecorded("carl"))),
        ["CustodyGap"] = (typeof(CustodyGap), () => CustodyGap.Create(new CustodyGapOpened(Guid.NewGuid(), "none", null, Now))),
        ["AnticipatedGap"] = (typeof(AnticipatedGap), () => AnticipatedGap.Create(new CustodyGapAnticipated(Guid.NewGuid(), new DateOnly(2026, 12, 1), null, Now))),
    };

    public static TheoryData<string> Names => [.. Aggregates.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void GivenEveryEventItsStreamClaims_WhenEvolved_ThenThenHasACaseForIt(string aggregate)
    {
        var (stream, started) = Aggregates[aggregate];
        var claimed = ClaimedBy(stream);
        Assert.NotEmpty(claimed);
        var first = started().GetType().GetMethods().Where(m => m.Name == "Create").Select(m => m.GetParameters()[0].ParameterType);

        foreach (var type in claimed.Except(first))
        {
            // An empty instance is enough to reach the switch; a case that then trips over an empty field is still a case.
            var e = RuntimeHelpers.GetUninitializedObject(type);
            var thrown = Record.Exception(() => Evolve(started(), e));
            Assert.False(thrown is UnknownEvent, $"{aggregate}.Then has no case for {type.Name}.");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GivenAnEventOfNoStream_WhenEvolved_ThenItFailsLoudly(string aggregate) =>
        Assert.IsType<UnknownEvent>(Record.Exception(() => Evolve(Aggregates[aggregate].Started(), new object())));

    private static IReadOnlyList<Type> ClaimedBy(Type aggregate) => aggregate
        .GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => m.Name is "Create" or "Apply" && m.GetParameters().Length == 1)
        .Select(m => m.GetParameters()[0].ParameterType)
        .Distinct()
        .ToList();

    // IEvolving is covariant, so every aggregate is an IEvolving<object>: no reflection wraps what Then throws.
    private static object Evolve(object state, object e) => ((IEvolving<object>)state).Then(e);

    private static string Json(object? o) => JsonSerializer.Serialize(o);
}
