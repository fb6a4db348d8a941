using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.Api.Credentials.Obligations;

/// <summary>Why the password must change: someone outside the current custodians may know it (IG31 §8.1).</summary>
public enum RotationCause { CustodianRemoved, BreakGlassUsed, IntegrityFailed }

/// <summary>The first deposit fell due today and the custodians were reminded (once per due date).</summary>
public sealed record CredentialDepositReminded(Guid AccountId, DateOnly DueOn, IReadOnlyList<string> CustodianUserIds, DateTimeOffset At);

/// <summary>No deposit by the due date: Business Development told, the custodians copied (once per due date).</summary>
public sealed record CredentialDepositEscalated(
    Guid AccountId, DateOnly DueOn, IReadOnlyList<string> CustodianUserIds, string? SponsorUserId, DateTimeOffset At);

/// <summary>A rotation task opened: the current password must be replaced by a new one.</summary>
public sealed record RotationRequired(Guid AccountId, RotationCause Cause, IReadOnlyList<string> CustodianUserIds, DateTimeOffset At);

/// <summary>A credential version with a new password was stored after the open tasks: they all close.</summary>
public sealed record RotationDone(Guid AccountId, Guid CredentialVersionId, int Version, DateTimeOffset At);

public sealed record RotationTask(RotationCause Cause, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt = null, int? ClosedByVersion = null)
{
    public bool IsOpen => ClosedAt is null;
}

/// <summary>
/// What one account's credential still owes the organisation (see readme.md): a first deposit, whose reminder and
/// escalation are each recorded once per due date, and rotation tasks that stay open until a new password is stored.
/// Its own stream beside the account's, started by whichever of its events comes first.
/// </summary>
public sealed record CredentialObligations(Guid Id, Guid AccountId) : IAggregate<CredentialObligations>
{
    /// <summary>The stream version, set by Marten on the snapshot; the deposit clock appends at it.</summary>
    public long Version { get; set; }

    public DateOnly? RemindedFor { get; init; }
    public DateOnly? EscalatedFor { get; init; }
    public IReadOnlyList<RotationTask> Rotations { get; init; } = [];

    /// <summary>Kept on the document so the rotation report can query it.</summary>
    public bool RotationOpen { get; init; }

    public static IReadOnlyList<Type> Events { get; } =
    [
        typeof(CredentialDepositReminded), typeof(CredentialDepositEscalated), typeof(RotationRequired), typeof(RotationDone),
    ];

    public static CredentialObligations Start(object first) => AccountOf(first) is { } accountId
        ? new CredentialObligations(StreamIds.ForCredentialObligations(accountId), accountId).Then(first)
        : throw new UnknownEvent(typeof(CredentialObligations), first);

    public CredentialObligations Then(object e) => e switch
    {
        CredentialDepositReminded x => this with { RemindedFor = x.DueOn },
        CredentialDepositEscalated x => this with { EscalatedFor = x.DueOn },
        RotationRequired x => this with { Rotations = [.. Rotations, new RotationTask(x.Cause, x.At)], RotationOpen = true },
        RotationDone x => this with
        {
            Rotations = Rotations.Select(r => r.IsOpen ? r with { ClosedAt = x.At, ClosedByVersion = x.Version } : r).ToArray(),
            RotationOpen = false,
        },
        _ => throw new UnknownEvent(typeof(CredentialObligations), e),
    };

    public IReadOnlyList<RotationTask> OpenRotations => Rotations.Where(r => r.IsOpen).ToArray();

    private static Guid? AccountOf(object e) => e switch
    {
        CredentialDepositReminded x => x.AccountId, CredentialDepositEscalated x => x.AccountId,
        RotationRequired x => x.AccountId, RotationDone x => x.AccountId, _ => null,
    };
}
