using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using AccountGov.Custody.IntegrationTests.Handovers;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Hr;

/// <summary>
/// The HR path's half of the trace test (Platform's TracePropagationTests follows a submission into Approvals):
/// one trace follows an HR event from POST /hr/events, through the reconciler's commit, to HandoverStarted on the bus.
/// </summary>
public class HrTraceTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    [Fact]
    public async Task GivenAnHrEventWithATraceParent_WhenItStartsAHandover_ThenHandoverStartedIsPublishedInTheSameTrace()
    {
        using var spans = new RecordedSpans();
        var (carl, dina) = (Person("carl"), Person("dina"));
        await Account(fixture.Custody, carl, dina);

        var (traceId, traceParent) = RecordedSpans.NewTrace();
        var hr = await fixture.Custody.ClientFor(Personas.Hana, "HR");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hr/events")
        {
            Content = JsonContent.Create(new { eventId = Person("hr"), type = "Leaving", staffId = carl, lastWorkingDay = Iso(Today(fixture).AddDays(20)) }),
        };
        request.Headers.Add("traceparent", traceParent);
        Assert.Equal(HttpStatusCode.Accepted, (await hr.SendAsync(request)).StatusCode);

        await HandoverStartedPublishedIn(spans, traceId);
        Assert.Contains(spans.InTrace(traceId), s => s.OperationName == "hr.apply");
        Assert.Contains(spans.InTrace(traceId), s => s.OperationName == "forward HandoverStarted");
    }

    [Fact]
    public async Task GivenAnHrFileLargeEnoughForTheBackground_WhenARowStartsAHandover_ThenHandoverStartedIsPublishedInTheUploadsTrace()
    {
        using var spans = new RecordedSpans();
        var (carl, dina) = (Person("carl"), Person("dina"));
        await Account(fixture.Custody, carl, dina);
        // More rows than the fixture's inline limit (20): the upload is answered 202 and the worker applies them.
        var csv = new StringBuilder("eventId,type,staffId,leaveType,from,to,lastWorkingDay\n");
        for (var i = 0; i < 24; i++)
            csv.Append($"{Person("hr")},LeaveBooked,{Person("noise")},Annual,{Iso(Today(fixture).AddDays(40))},{Iso(Today(fixture).AddDays(41))},\n");
        csv.Append($"{Person("hr")},Leaving,{carl},,,,{Iso(Today(fixture).AddDays(20))}\n");

        var (traceId, traceParent) = RecordedSpans.NewTrace();
        var hr = await fixture.Custody.ClientFor(Personas.Hana, "HR");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hr/events/batch") { Content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv") };
        request.Headers.Add("traceparent", traceParent);
        Assert.Equal(HttpStatusCode.Accepted, (await hr.SendAsync(request)).StatusCode);

        await HandoverStartedPublishedIn(spans, traceId);
        Assert.Contains(spans.InTrace(traceId), s => s.OperationName == "hr.batch");
    }

    private static Task<Activity> HandoverStartedPublishedIn(RecordedSpans spans, ActivityTraceId traceId) =>
        Eventually.Get(() => Task.FromResult(spans.InTrace(traceId).FirstOrDefault(s =>
                s.Kind == ActivityKind.Producer && s.Source.Name == "MassTransit"
                && (s.DisplayName + " " + string.Join(" ", s.Tags.Select(t => t.Value))).Contains("HandoverStarted"))),
            what: "HandoverStarted published in the trace the test sent");
}
