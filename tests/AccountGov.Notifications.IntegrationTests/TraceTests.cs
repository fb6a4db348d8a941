using System.Diagnostics;
using AccountGov.Testing;

namespace AccountGov.Notifications.IntegrationTests;

/// <summary>
/// The email is sent by a poller, long after the fact was consumed: the send still joins the trace of the request
/// that caused the fact, so one trace runs from the click in another service to the mail server.
/// </summary>
public class TraceTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    private static readonly ActivitySource Source = new("AccountGov.Tests");

    [Fact]
    public async Task GivenAFactPublishedInATrace_WhenItsEmailIsSent_ThenTheSendSpanIsInThatTrace()
    {
        using var spans = new RecordedSpans();
        var (traceId, traceParent) = RecordedSpans.NewTrace();
        var submitted = Messages.Submitted(Guid.NewGuid());
        using (Source.StartActivity("request", ActivityKind.Server, ActivityContext.Parse(traceParent, null)))
            await fixture.Publish(submitted, Guid.NewGuid());

        await Eventually.True(() => Task.FromResult(fixture.Smtp.About(submitted.Handle).Count > 0), what: "the email");
        var send = await Eventually.Get(() => Task.FromResult(spans.InTrace(traceId).FirstOrDefault(s => s.OperationName == "email.send")),
            what: "the email's send span in the fact's trace");
        Assert.Equal(ActivityKind.Client, send.Kind);
    }
}
