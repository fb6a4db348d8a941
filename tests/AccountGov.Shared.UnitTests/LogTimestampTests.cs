using System.Globalization;
using System.Text.Json;
using AccountGov.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace AccountGov.Shared.UnitTests;

public class LogTimestampTests
{
    [Fact]
    public void GivenTheServiceLogging_WhenALineIsWritten_ThenItsTimestampIsIso8601InUtc()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddStructuredLogging();
        using var app = builder.Build();
        var formatter = app.Services.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json);
        var line = new StringWriter();

        formatter.Write(new LogEntry<string>(LogLevel.Information, "test", new EventId(1), "hello", null, (s, _) => s), null, line);

        using var json = JsonDocument.Parse(line.ToString());
        var stamp = json.RootElement.GetProperty("Timestamp").GetString()!;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", stamp);
        var parsed = DateTimeOffset.ParseExact(stamp, "yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.Zero, parsed.Offset);
        Assert.InRange(parsed, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }
}
