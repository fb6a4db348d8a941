using System.Net;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Testing;

namespace AccountGov.Custody.IntegrationTests.Credentials;

/// <summary>What happens when the database is not what the vault wrote: tampering, swapping, a failing audit write.</summary>
public class TamperAndAuditFirstTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenOneFlippedByteInTheStoredCiphertext_WhenRevealed_ThenRefusedAndRecorded()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@tampered");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        await Vault.Deposit(carl, account.Id, "Tamper-Marker-1");

        // Flip one bit of the last ciphertext byte inside the JSON document, keeping it valid base64.
        var stored = await Database.Scalar<string>(fixture.Custody,
            "select data->>'ciphertext' from mt_doc_sealedcredential where (data->>'accountId')::uuid = @id", ("id", account.Id));
        var bytes = Convert.FromBase64String(stored![3..]);
        bytes[^1] ^= 0x01;
        await Database.Execute(fixture.Custody,
            "update mt_doc_sealedcredential set data = jsonb_set(data, '{ciphertext}', to_jsonb(@value::text)) where (data->>'accountId')::uuid = @id",
            ("value", "v1|" + Convert.ToBase64String(bytes)), ("id", account.Id));

        var response = await Vault.Reveal(carl, account.Id);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("integrity", body);
        Assert.DoesNotContain("Tamper-Marker", body);
        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        Assert.Contains(await Vault.Audit(ada, account.Id), e => e.Event == nameof(CredentialIntegrityFailed));
    }

    [Fact]
    public async Task GivenTwoVersionsWithSwappedCiphertexts_WhenRevealed_ThenTheSwapIsDetected()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@swapped");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        await Vault.Deposit(carl, account.Id, "Old-Swap-1");
        await Vault.Deposit(carl, account.Id, "New-Swap-2");

        // An attacker with database access "rolls back" the password by copying the old ciphertext over the new.
        await Database.Execute(fixture.Custody, """
            update mt_doc_sealedcredential new set data = jsonb_set(new.data, '{ciphertext}', old.data->'ciphertext')
            from mt_doc_sealedcredential old
            where (new.data->>'accountId')::uuid = @id and (old.data->>'accountId')::uuid = @id
              and (new.data->>'version')::int = 2 and (old.data->>'version')::int = 1
            """, ("id", account.Id));

        var response = await Vault.Reveal(carl, account.Id);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("Swap", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GivenTheAuditWriteFails_WhenRevealed_ThenNothingIsRevealed()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@auditfails");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        await Vault.Deposit(carl, account.Id, "Audit-First-Marker");

        // The database itself refuses the audit event, as a full disk or a lost connection would.
        await Database.Execute(fixture.Custody, """
            create or replace function refuse_reveals() returns trigger language plpgsql as $$
            begin
              if new.type = 'credential_revealed' then raise exception 'audit store unavailable'; end if;
              return new;
            end $$;
            create trigger refuse_reveals before insert on mt_events for each row execute function refuse_reveals();
            """);
        try
        {
            var response = await Vault.Reveal(carl, account.Id);

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.DoesNotContain("Audit-First-Marker", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            await Database.Execute(fixture.Custody, "drop trigger refuse_reveals on mt_events; drop function refuse_reveals();");
        }

        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        Assert.DoesNotContain(await Vault.Audit(ada, account.Id), e => e.Event == nameof(CredentialRevealed));
        // With the audit store back, the same reveal works and is recorded.
        Assert.Equal("Audit-First-Marker", (await Vault.Revealed(carl, account.Id)).Password);
        Assert.Single(await Vault.Audit(ada, account.Id), e => e.Event == nameof(CredentialRevealed));
    }
}
