using System.Diagnostics;
using System.Text.Json;
using AccountGov.Custody.Api.Hr.Rejecting;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Hr.Batches;

/// <summary>
/// POST /hr/events/batch (HR): a CSV file with a header row, or a JSON array. The body is streamed into chunks of
/// valid rows while invalid rows are reported. A small file is applied before answering (200 with the report);
/// a large one is answered 202 with a progress resource that ends in the same report. Nothing is applied from a
/// file that cannot be read as a whole (400).
/// </summary>
public static class SubmitHrBatch
{
    private const int ChunkSize = 250;

    public static void MapSubmitHrBatch(this RouteGroupBuilder group)
    {
        group.MapPost("/events/batch", Handle).RequireAuthorization(Roles.HR).DisableAntiforgery()
            .WithSummary("Upload an HR file (CSV or JSON); large files are applied in the background");
        group.MapGet("/batches/{id:guid}", Get).RequireAuthorization(Roles.HR)
            .WithSummary("Read an HR file's progress and its per-row report");
    }

    private static async Task<Results<Ok<HrBatchReport>, Accepted<HrBatchReport>, ProblemHttpResult, ValidationProblem>> Handle(
        HttpRequest request, CurrentUser user, ISessionFactory sessions, HrBatchProcessor processor, HrBatchWorker worker,
        HrUploadCleanup cleanup, TimeProvider clock, IConfiguration configuration, ILogger<HrBatch> logger, CancellationToken ct)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        var rows = mediaType switch
        {
            "text/csv" or "application/csv" => HrFileReader.ReadCsv(request.Body, ct),
            "application/json" => HrFileReader.ReadJson(request.Body, ct),
            _ => null,
        };
        if (rows is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                detail: "Send the HR file as text/csv (with a header row) or as a JSON array (application/json).");

        var batch = new HrBatch { Id = Guid.CreateVersion7(), SubmittedBy = user.UserId, ReceivedAt = clock.GetUtcNow(), TraceParent = Activity.Current?.Id };
        var refused = new List<HrEventRejection>();
        try
        {
            await Receive(batch, rows, refused, sessions, clock, ct);
        }
        catch (Exception ex) when (ex is InvalidInput or JsonException or CsvHelper.CsvFormatException)
        {
            await cleanup.RemoveUpload(batch.Id);
            var field = ex is InvalidInput invalid ? invalid.Field : "file";
            var message = ex is InvalidInput ? ex.Message : "The file could not be read; nothing in it was applied.";
            return FieldErrors.Problem(field, message);
        }
        catch
        {
            // Too large (413), cut off by the client, or the database went away: what was stored of it goes too.
            await cleanup.RemoveUpload(batch.Id);
            throw;
        }

        var inline = batch.Total <= configuration.GetValue("Hr:Batch:InlineRowLimit", 200);
        var holder = Guid.NewGuid();
        batch.Status = inline ? HrBatchStatus.Processing : HrBatchStatus.Queued;
        batch.LeaseUntil = inline ? clock.GetUtcNow() + processor.Lease : null;
        batch.LeaseHolder = inline ? holder : null;
        await using (var session = sessions.OpenSession())
        {
            session.Store(batch);
            // Rejected rows are kept for each person's view with the batch itself: a file refused as a whole keeps none.
            if (refused.Count > 0) session.Insert(refused.ToArray());
            await session.SaveChangesAsync(ct);
        }
        var location = $"/hr/batches/{batch.Id}";
        if (inline && await TryProcess(processor, batch.Id, holder, logger, ct))
        {
            await using var read = sessions.QuerySession();
            var done = await read.LoadAsync<HrBatch>(batch.Id, ct);
            request.HttpContext.Response.Headers.Location = location;
            return TypedResults.Ok(done!.ToReport());
        }
        worker.Nudge(batch.Id);
        return TypedResults.Accepted(location, batch.ToReport());
    }

    /// <summary>A small file is applied while HR waits; if that stops on a fault, the worker finishes it instead.</summary>
    private static async Task<bool> TryProcess(HrBatchProcessor processor, Guid batchId, Guid holder, ILogger logger, CancellationToken ct)
    {
        try
        {
            return await processor.Process(batchId, holder, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("HR batch {BatchId} goes to the background worker after a fault: {Error}", batchId, ex.GetType().Name);
            return false;
        }
    }

    private static async Task Receive(HrBatch batch, IAsyncEnumerable<ParsedRow> rows, List<HrEventRejection> refused, ISessionFactory sessions,
        TimeProvider clock, CancellationToken ct)
    {
        var pending = new List<BatchRow>(ChunkSize);
        await foreach (var row in rows.WithCancellation(ct))
        {
            batch.Total = row.Row;
            var (fact, errors) = row.Input is { } input ? input.Validate() : (null, row.Errors!);
            if (fact is null)
            {
                batch.Rejected.Add(new RowRejection(row.Row, errors));
                if (row.Input is { } sent && HrEventRejection.Of(sent, errors, batch.ReceivedAt, batch.Id, row.Row) is { } rejection) refused.Add(rejection);
                continue;
            }
            batch.Accepted++;
            pending.Add(new BatchRow(row.Row, fact));
            if (pending.Count == ChunkSize) await Flush(batch, pending, sessions, clock, ct);
        }
        if (pending.Count > 0) await Flush(batch, pending, sessions, clock, ct);
    }

    private static async Task Flush(HrBatch batch, List<BatchRow> pending, ISessionFactory sessions, TimeProvider clock, CancellationToken ct)
    {
        await using var session = sessions.OpenSession();
        session.Store(new HrBatchChunk { Id = HrBatchChunk.IdFor(batch.Id, batch.Chunks), BatchId = batch.Id, Index = batch.Chunks, Rows = [.. pending],
            StoredAt = clock.GetUtcNow() });
        await session.SaveChangesAsync(ct);
        batch.Chunks++;
        pending.Clear();
    }

    private static async Task<Ok<HrBatchReport>> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<HrBatch>(id, ct) is { } batch ? TypedResults.Ok(batch.ToReport()) : throw new NotFound("HR batch");
}
