using Refit;

namespace AccountGov.Custody.Contracts;

public sealed record GapCustodian(string UserId, string Role, string Status);

/// <summary>An Active account with no Active custodian now, and since when the gap is recorded as open.</summary>
public sealed record CurrentCustodyGap(
    Guid AccountId, string Team, string Platform, string Handle, string Reason, IReadOnlyList<GapCustodian> Custodians, DateTimeOffset? Since);

/// <summary>A gap that booked leave or a departure will open, on the day it opens.</summary>
public sealed record UpcomingCustodyGap(Guid AccountId, string Team, string Platform, string Handle, DateOnly OpensOn, string Reason);

/// <summary>Custody's reports beyond exposure (api.md) as a Refit client: BD, HR and auditors.</summary>
public interface ICustodyReportsApi
{
    [Get("/reports/custody-gaps")]
    Task<IReadOnlyList<CurrentCustodyGap>> GetCurrentGaps(CancellationToken ct = default);

    [Get("/reports/custody-gaps/upcoming")]
    Task<IReadOnlyList<UpcomingCustodyGap>> GetUpcomingGaps(CancellationToken ct = default);

    [Get("/reports/missing-credentials")]
    Task<IReadOnlyList<MissingCredential>> GetMissingCredentials(CancellationToken ct = default);

    [Get("/reports/rotations")]
    Task<IReadOnlyList<OpenRotation>> GetOpenRotations(CancellationToken ct = default);
}
