using System.Security.Cryptography;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;

namespace AccountGov.Seed;

/// <summary>
/// A small organisation mid-flight, so every persona has real work (deploy/seed/readme.md): three approved accounts
/// with stored passwords, one whose credential was never stored, a request waiting at each approval stage, one sent back, a custodian on sick leave whose
/// account is being handed over and one leaving with handovers planned. Every step first checks whether it is done,
/// so running it again adds nothing.
/// </summary>
public sealed class DemoData(Personas personas, TextWriter log)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var approval = new Approval(await personas.As<AccountGov.AccountRequests.Contracts.Http.IAccountRequestsApi>("rita"),
            await personas.As<IApprovalsApi>("sam"), await personas.As<IApprovalsApi>("ivy"), await personas.As<IApprovalsApi>("beth"));
        var approved = new DecisionBody("Approved", null, ["Review in 12 months", "Display the disclaimer in the bio"]);
        // A condition due within the reminder window: Carl, Dina and Sam have a review due from the first tick.
        var withDatedCondition = approved with
        {
            ReviewIntervalMonths = 12,
            DatedConditions = [new DatedConditionBody("Pin the moderation rules to the profile", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(4))],
        };

        foreach (var (body, holder) in new[] { (Cases.Instagram(), "carl"), (Cases.Facebook(), "dina"), (Cases.YouTube(), "rita") })
        {
            var id = await approval.Ensure(body, ct);
            await approval.Advance(id, null, body.Platform == "Instagram" ? withDatedCondition : approved, ct);
            await StoreCredential(id, holder, body.Handle!, ct);
            log.WriteLine($"[seed] {body.Platform} {body.Handle} is approved; {holder} (primary) holds its password");
            if (body.Platform == "Instagram") log.WriteLine("[seed] Its condition \"Pin the moderation rules to the profile\" is due in four days (Reviews)");
        }

        await approval.Advance(await approval.Ensure(Cases.Diabetes(), ct), null, approved, ct);
        log.WriteLine("[seed] Facebook StExampleDiabetes is approved, and nobody has stored its credential: BD's Credentials report lists it");

        await approval.Advance(await approval.Ensure(Cases.WhatsApp(), ct), StageName.SponsorEndorsement, null, ct);
        log.WriteLine("[seed] Community Nursing WhatsApp group waits for Sam's endorsement (DPIA required)");
        await approval.Advance(await approval.Ensure(Cases.TikTok(), ct), StageName.DpiaReview, null, ct);
        log.WriteLine("[seed] Sexual Health TikTok waits for Ivy's DPIA review");
        await approval.Advance(await approval.Ensure(Cases.LinkedIn(), ct), StageName.BusinessDevelopmentDecision, null, ct);
        log.WriteLine("[seed] Recruitment LinkedIn waits for Business Development's decision");
        await approval.Advance(await approval.Ensure(Cases.X(), ct), null,
            new DecisionBody("ChangesRequested", "Say who covers monitoring on bank holidays."), ct);
        log.WriteLine("[seed] @stcommsteam sent back to Rita for changes");

        // HR events carry fixed ids, so Custody answers a second run's copies as repeats and changes nothing.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await personas.PostAsHr("/hr/events", new
        {
            eventId = "demo-hr-rita-sick", type = "LeaveBooked", staffId = "rita", leaveType = "Sickness", from = today.ToString("yyyy-MM-dd"),
        }, ct);
        log.WriteLine("[seed] Hana (HR): Rita is off sick; Carl is to take @stexamplehealthtalks while she is away");
        await personas.PostAsHr("/hr/events", new
        {
            eventId = "demo-hr-dina-leaving", type = "Leaving", staffId = "dina", lastWorkingDay = today.AddDays(42).ToString("yyyy-MM-dd"),
        }, ct);
        log.WriteLine("[seed] Hana (HR): Dina is leaving in six weeks; Carl is to take her accounts before then");

        await ImportLegacyAccount(ct);
    }

    /// <summary>
    /// Beth imports an account that existed before AccountGov (MECCG139 §6). Its id comes from platform + handle, so a
    /// second run's import reports the row as already in the register and registers nothing. No password is stored:
    /// the register lists it under "Not stored" until its custodians deposit one.
    /// </summary>
    private async Task ImportLegacyAccount(CancellationToken ct)
    {
        const string csv = "platform,handle,team,type,partner,sponsorId,sponsorName,primaryId,primaryName,deputyId,deputyName\n"
            + "Facebook,@stexampleestates,Estates,Shared,Bedford Borough Council,sam,Sam Patel,carl,Carl Obi,bob,Bob Hale\n";
        var custody = await personas.As<ICustodyApi>("beth");
        using var content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        var response = await custody.ImportAccounts(content, ct);
        var report = response.IsSuccessStatusCode ? response.Content! : throw response.Error!;
        log.WriteLine(report.Accepted == 1
            ? "[seed] Beth imported the legacy Estates Facebook account @stexampleestates (shared with Bedford Borough Council; no password stored yet)"
            : "[seed] the legacy Estates Facebook account @stexampleestates is already in the register");
    }

    /// <summary>The primary custodian stores a random password, never printed, acknowledges the never-post rules and once reveals it (for the audit trail).</summary>
    private async Task StoreCredential(Guid requestId, string holder, string handle, CancellationToken ct)
    {
        var custody = await personas.As<ICustodyApi>(holder);
        var account = await Approval.Poll(async () => (await custody.ListAccounts(requestId: requestId, ct: ct)).SingleOrDefault(), ct);
        if (account.CredentialVersion is not null) return;
        string Random() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        await custody.DepositCredential(account.Id, new CredentialBody(handle.TrimStart('@'), Random(),
            $"{handle.TrimStart('@').ToLowerInvariant()}@example.nhs.uk", Random(), ["demo-recovery-1", "demo-recovery-2"], "Demo account"), ct);
        _ = await custody.AcknowledgeNeverPostRules(account.Id, ct); // the holder reads the never-post rules first (CO23 §3.5)
        _ = await custody.RevealCredential(account.Id, new RevealBody("Checking the stored login works"), ct);
    }
}
