using Marten;

namespace AccountGov.Custody.Api.Hr.Rejecting;

/// <summary>
/// Keeps refused HR events for the person's view. On its own session, never in a write that applies anything, so a
/// refused request writes this record and nothing else. Keeping it is a courtesy to HR, not part of the answer: if it
/// cannot be stored the refusal is still answered exactly as it would be, and HR still fixes and resends the event.
/// </summary>
public sealed class HrRejections(ISessionFactory sessions, ILogger<HrRejections> logger)
{
    public async Task Keep(IReadOnlyCollection<HrEventRejection> rejections, CancellationToken ct)
    {
        if (rejections.Count == 0) return;
        try
        {
            await using var session = sessions.OpenSession(); // the tracing factory, so the write joins the request's trace
            session.Insert(rejections.ToArray());
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("{Count} refused HR event(s) could not be kept for the staff view: {Error}", rejections.Count, ex.GetType().Name);
        }
    }
}
