using AccountGov.Custody.Api.Accounts.Uniqueness;
using AccountGov.Custody.Contracts;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.Validation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;

namespace AccountGov.Custody.Api.Accounts.Importing;

/// <summary>
/// POST /accounts/imports (BD): the existing register as a CSV (readme.md has the columns). The body is streamed in
/// chunks; each chunk's valid, unduplicated rows are registered in one transaction with the import's progress, so
/// GET /accounts/imports/{id} shows it grow and a fault loses no more than the chunk in hand. Bad and duplicate rows
/// are reported with why; the valid ones are registered even so. A file that cannot be read as a whole is a 400.
/// </summary>
public static class ImportAccounts
{
    private const int ChunkSize = 100;

    public static void MapImportAccounts(this RouteGroupBuilder group)
    {
        group.MapPost("/imports", Handle).RequireAuthorization(Roles.BusinessDevelopment).DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Import the accounts that already exist (a CSV of the register), with a per-row report");
        group.MapGet("/imports/{id:guid}", Get).RequireAuthorization(Roles.BusinessDevelopment)
            .WithSummary("Read an import's progress and its per-row report");
    }

    private static async Task<Results<Ok<AccountImportReport>, ProblemHttpResult, ValidationProblem>> Handle(
        HttpRequest request, CurrentUser user, ISessionFactory sessions, TimeProvider clock, CancellationToken ct)
    {
        if (request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() is not ("text/csv" or "application/csv"))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                detail: "Send the register as text/csv with a header row.");

        var import = new AccountImport
        {
            Id = Guid.CreateVersion7(), ImportedBy = user.UserId, ReceivedAt = clock.GetUtcNow(), Status = AccountImportState.Processing,
        };
        var seen = new Dictionary<string, int>();
        var chunk = new List<(int Row, ImportRow Input)>(ChunkSize);
        try
        {
            await foreach (var row in AccountImportReader.Read(request.Body, ct))
            {
                chunk.Add(row);
                if (chunk.Count == ChunkSize) await Register(import, chunk, seen, sessions, clock, ct);
            }
        }
        catch (Exception ex) when (ex is InvalidInput or CsvHelper.CsvFormatException)
        {
            // What earlier chunks registered stays registered and reported; the rest of the file was not read.
            if (import.Total > 0) await Save(import, sessions, ct);
            return FieldErrors.Problem(ex is InvalidInput i ? i.Field : "file",
                ex is InvalidInput ? ex.Message : $"The file could not be read after row {import.Total}; the rows after it were not imported.");
        }
        await Register(import, chunk, seen, sessions, clock, ct);
        import.Status = AccountImportState.Completed;
        import.CompletedAt = clock.GetUtcNow();
        await Save(import, sessions, ct);
        request.HttpContext.Response.Headers.Location = $"/accounts/imports/{import.Id}";
        return TypedResults.Ok(import.ToReport());
    }

    private static async Task Register(
        AccountImport import, List<(int Row, ImportRow Input)> chunk, Dictionary<string, int> seen, ISessionFactory sessions,
        TimeProvider clock, CancellationToken ct)
    {
        var valid = new List<(int, LegacyAccount)>();
        foreach (var (row, input) in chunk)
        {
            var errors = new FieldErrors();
            if (ImportRules.Validate(input, errors) is { } legacy) valid.Add((row, legacy));
            else import.Rejected.Add(new ImportRowRejection(row, errors.ToDictionary()));
        }
        import.Total += chunk.Count;
        chunk.Clear();

        await using var session = sessions.OpenSession();
        var holders = await RegisterHandles.HoldersOf(session, valid.Select(v => (v.Item2.Platform, v.Item2.Handle)).ToArray(), ct);
        var (fresh, duplicates) = ImportDuplicates.Sort(valid, seen, holders);
        import.Rejected.AddRange(duplicates.Select(d => new ImportRowRejection(d.Row, new Dictionary<string, string[]> { ["handle"] = [d.Why] })));
        foreach (var (row, legacy) in fresh)
        {
            var id = StreamIds.ForImportedAccount(legacy.Platform, legacy.Handle);
            session.Events.StartStream<Account>(id, ImportAccount.Decide(null, legacy, id, import.ImportedBy, clock.GetUtcNow()).ToArray());
            import.Registered.Add(new ImportedAccount(row, id, legacy.Platform, legacy.Handle));
        }
        session.Store(import);
        await CommitRules.SaveAsync(session, ct); // the custody-gap rule sees the new accounts in the same commit
    }

    private static async Task Save(AccountImport import, ISessionFactory sessions, CancellationToken ct)
    {
        await using var session = sessions.OpenSession();
        session.Store(import);
        await session.SaveChangesAsync(ct);
    }

    private static async Task<Ok<AccountImportReport>> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<AccountImport>(id, ct) is { } import ? TypedResults.Ok(import.ToReport()) : throw new NotFound("Account import");
}
