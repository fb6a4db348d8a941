using System.Diagnostics;
using System.Net.Http.Json;
using AccountGov.Testing;

namespace AccountGov.Platform.IntegrationTests;

/// <summary>One trace follows a request from the HTTP call, through the event store and the broker, into Approvals.</summary>
public class TracePropagationTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Fact]
    public async Task GivenASubmissionWithATraceParent_WhenApprovalsConsumesIt_ThenTheConsumeSpanIsInTheSameTrace()
    {
        using var spans = new RecordedSpans();
        var (traceId, traceParent) = RecordedSpans.NewTrace();
        var rita = await fixture.Requests.ClientFor(Personas.Rita, "Staff");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/requests") { Content = JsonContent.Create(ThinSubmission.Body("@traced")) };
        request.Headers.Add("traceparent", traceParent);
        var response = await rita.SendAsync(request);
        response.EnsureSuccessStatusCode();

        var consume = await Eventually.Get(() => Task.FromResult(spans.InTrace(traceId).FirstOrDefault(s =>
                s.Kind == ActivityKind.Consumer && s.Source.Name == "MassTransit")),
            what: "a MassTransit consume span in the request's trace");
        Assert.Contains("RequestSubmitted", consume.DisplayName + " " + string.Join(" ", consume.Tags.Select(t => t.Value)));
    }
}
