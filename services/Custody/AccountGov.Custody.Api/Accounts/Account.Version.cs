namespace AccountGov.Custody.Api.Accounts;

public sealed partial record Account
{
    /// <summary>The stream version, set by Marten on the snapshot and on as-of rebuilds.</summary>
    public long Version { get; set; }
}
