using AccountGov.Custody.Contracts;

namespace AccountGov.Custody.Api.Accounts.Importing;

/// <summary>
/// One import of the existing register and its progress: the resource GET /accounts/imports/{id} serves. Saved after
/// each chunk of rows with the accounts that chunk registered, so a reader sees it grow and nothing is half-written.
/// </summary>
public sealed class AccountImport
{
    public Guid Id { get; set; }
    public string ImportedBy { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public AccountImportState Status { get; set; }
    public int Total { get; set; }
    public List<ImportRowRejection> Rejected { get; set; } = [];
    public List<ImportedAccount> Registered { get; set; } = [];
    public DateTimeOffset? CompletedAt { get; set; }

    public AccountImportReport ToReport() => new(Id, Status, Total, Registered.Count, Rejected.OrderBy(r => r.Row).ToArray(),
        Registered.OrderBy(r => r.Row).ToArray(), ImportedBy, ReceivedAt, CompletedAt);
}
