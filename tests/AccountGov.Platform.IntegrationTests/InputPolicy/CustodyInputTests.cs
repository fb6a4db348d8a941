using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AccountGov.Platform.IntegrationTests.InputPolicy.Fuzzing;
using AccountGov.Testing;

namespace AccountGov.Platform.IntegrationTests.InputPolicy;

/// <summary>Issue 11's Custody findings, fixed from ServiceDefaults alone: Custody's code is not touched.</summary>
public class CustodyInputTests(CustodyFuzzFixture fixture) : IClassFixture<CustodyFuzzFixture>
{
    private const string Header = "eventId,type,staffId,leaveType,from,to,lastWorkingDay,comment\n";

    [Theory]
    [InlineData("to", "9999-12-31")]
    [InlineData("from", "0001-01-01")]
    public async Task GivenALeaveDateOffTheCalendar_WhenRecorded_Then400AndNothingStored(string field, string date)
    {
        var hana = await fixture.Custody.ClientFor(Personas.Hana, "HR");
        var before = await Stored.Everything(fixture.Custody);
        var body = new Dictionary<string, string?>
        {
            ["eventId"] = $"leave-{Guid.NewGuid():N}", ["type"] = "LeaveBooked", ["staffId"] = Personas.Carl, ["leaveType"] = "Annual",
            ["from"] = "2027-01-04", ["to"] = "2027-01-08",
        };
        body[field] = date;

        var response = await hana.PostAsJsonAsync("/hr/events", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before, await Stored.Everything(fixture.Custody));
    }

    [Theory]
    [InlineData("[{\"eventId\":\"e1\",\"type\":\"LeaveBooked\",\"staffId\":\"carl\\ud800\",\"leaveType\":\"Annual\",\"from\":\"2027-01-04\",\"to\":\"2027-01-08\"}]")]
    [InlineData("[{\"eventId\":\"e1\",\"type\":\"LeaveBooked\",\"staffId\":\"carl\\u0000\",\"leaveType\":\"Annual\",\"from\":\"2027-01-04\",\"to\":\"2027-01-08\"}]")]
    public async Task GivenABatchFileWithALoneSurrogateOrNul_WhenUploaded_Then400AndNothingStored(string json)
    {
        var hana = await fixture.Custody.ClientFor(Personas.Hana, "HR");
        var before = await Stored.Everything(fixture.Custody);

        var response = await hana.PostAsync("/hr/events/batch", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("file", out _));
        Assert.Equal(before, await Stored.Everything(fixture.Custody));
    }

    [Fact]
    public async Task GivenACsvWithANulByte_WhenUploaded_Then400AndNothingStored()
    {
        var hana = await fixture.Custody.ClientFor(Personas.Hana, "HR");
        var before = await Stored.Everything(fixture.Custody);
        var csv = Header + "csv-nul,LeaveBooked,carl\0,Annual,2027-01-04,2027-01-08,,\n";

        var response = await hana.PostAsync("/hr/events/batch", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await Stored.Everything(fixture.Custody));
    }

    [Fact]
    public async Task GivenAnHrFileLargerThanTheJsonLimit_WhenUploaded_ThenItIsReadNotRefusedAs413()
    {
        var hana = await fixture.Custody.ClientFor(Personas.Hana, "HR");
        var comment = new string('x', 2_000);
        var rows = Enumerable.Range(0, 150).Select(i => $"big-{Guid.NewGuid():N},LeaveBooked,staff-{i},Annual,2027-02-01,2027-02-05,,{comment}");
        var csv = Header + string.Join("\n", rows) + "\n";
        Assert.True(Encoding.UTF8.GetByteCount(csv) > 256 * 1024);

        var response = await hana.PostAsync("/hr/events/batch", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(150, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accepted").GetInt32());
    }
}
