using System.Runtime.CompilerServices;
using Marten;

namespace AccountGov.EventSourcing.Writing;

/// <summary>
/// A rule evaluated once per commit over the events pending on the session, staging its own events beside them
/// (e.g. Custody's custody-gap record). Register it with <c>opts.Listeners.Add(rule)</c>. Marten numbers the
/// pending events before it calls a listener's <c>BeforeSaveChangesAsync</c>, so events appended there would be
/// lost: the rule runs from <see cref="CommitRules.SaveAsync"/> instead, and its listener half only refuses a
/// commit that bypassed it.
/// </summary>
public abstract class CommitRule : DocumentSessionListenerBase
{
    private static readonly ConditionalWeakTable<IDocumentSession, object> Staged = new();

    /// <summary>Stages this rule's events for what is pending; called once, just before the commit.</summary>
    protected abstract Task StageAsync(IDocumentSession session, CancellationToken ct);

    /// <summary>Whether the pending events concern this rule at all.</summary>
    protected abstract bool Concerns(IDocumentSession session);

    internal async Task RunAsync(IDocumentSession session, CancellationToken ct)
    {
        await StageAsync(session, ct);
        Staged.AddOrUpdate(session, this);
    }

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token) =>
        Concerns(session) && !Staged.TryGetValue(session, out _)
            ? throw new InvalidOperationException($"{GetType().Name} did not run: commit through DecideAndAppend or CommitRules.SaveAsync.")
            : Task.CompletedTask;
}

public static class CommitRules
{
    /// <summary>Runs the session's commit rules, then saves. Every write that appends events commits through this.</summary>
    public static async Task SaveAsync(IDocumentSession session, CancellationToken ct)
    {
        foreach (var rule in session.Listeners.OfType<CommitRule>().ToList()) await rule.RunAsync(session, ct);
        await session.SaveChangesAsync(ct);
    }
}
