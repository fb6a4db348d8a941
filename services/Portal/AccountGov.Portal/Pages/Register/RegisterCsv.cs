using System.Text;
using AccountGov.Custody.Contracts;

namespace AccountGov.Portal.Pages.Register;

/// <summary>
/// The register as CSV (RFC 4180). A cell starting with = + - @ is prefixed with ' so a spreadsheet shows it as
/// text instead of running it as a formula (handles and team names are typed by requesters).
/// </summary>
public static class RegisterCsv
{
    public const string Header = "id,team,platform,handle,status,primary,deputies,active custodians,credential version,credential stored,registered";

    public static string Write(IEnumerable<AccountDetails> accounts)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var a in accounts)
        {
            var primary = a.Custodians.Where(c => c.Role == CustodianRole.Primary).Select(c => c.Name);
            var deputies = a.Custodians.Where(c => c.Role == CustodianRole.Deputy).Select(c => c.Name);
            string[] cells =
            [
                a.Id.ToString(), a.Team, a.Platform, a.Handle, a.Status.ToString(), string.Join("; ", primary), string.Join("; ", deputies),
                a.Custodians.Count(c => c.Status == CustodianStatus.Active).ToString(), a.CredentialVersion?.ToString() ?? "",
                a.CredentialStoredAt?.ToString("O") ?? "", a.RegisteredAt.ToString("O"),
            ];
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }
        return csv.ToString();
    }

    public static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
