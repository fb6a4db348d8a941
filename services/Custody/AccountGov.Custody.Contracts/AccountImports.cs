namespace AccountGov.Custody.Contracts;

public enum AccountImportState { Processing, Completed }

/// <summary>A row BD must fix and send again: <c>Row</c> counts data rows from 1, not the header; the errors name the columns.</summary>
public sealed record ImportRowRejection(int Row, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>A row that entered the register, with the account it became.</summary>
public sealed record ImportedAccount(int Row, Guid AccountId, string Platform, string Handle);

/// <summary>
/// POST /accounts/imports and GET /accounts/imports/{id}: an import of the existing register and its per-row report.
/// <c>Accepted</c> counts the rows registered so far; <c>Rejected</c> holds bad and duplicate rows, each with why.
/// </summary>
public sealed record AccountImportReport(
    Guid Id, AccountImportState Status, int Total, int Accepted, IReadOnlyList<ImportRowRejection> Rejected,
    IReadOnlyList<ImportedAccount> Registered, string ImportedBy, DateTimeOffset ReceivedAt, DateTimeOffset? CompletedAt);
