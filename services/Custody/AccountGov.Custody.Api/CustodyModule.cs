using AccountGov.Custody.Api.Credentials.Acknowledging;
using AccountGov.EventSourcing.Idempotency;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Custodians;
using AccountGov.Custody.Api.Accounts.Decommissioning;
using AccountGov.Custody.Api.Accounts.Importing;
using AccountGov.Custody.Api.Accounts.Lifecycle;
using AccountGov.Custody.Api.Accounts.Reading;
using AccountGov.Custody.Api.Accounts.Uniqueness;
using AccountGov.Custody.Api.Audit;
using AccountGov.Custody.Api.BreakGlass;
using AccountGov.Custody.Api.BreakGlass.Approving;
using AccountGov.Custody.Api.BreakGlass.Opening;
using AccountGov.Custody.Api.BreakGlass.Reading;
using AccountGov.Custody.Api.BreakGlass.Revealing;
using AccountGov.Custody.Api.Credentials.Depositing;
using AccountGov.Custody.Api.Credentials.Keys;
using AccountGov.Custody.Api.Credentials.Obligations;
using AccountGov.Custody.Api.Credentials.Revealing;
using AccountGov.Custody.Api.Credentials.Rotating;
using AccountGov.Custody.Api.Credentials.Vault;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Inbound;
using AccountGov.Custody.Api.Outbound;
using AccountGov.Custody.Api.Reports;
using AccountGov.Custody.Api.Reports.CustodyGaps;
using AccountGov.Custody.Api.Reviews;
using AccountGov.EventSourcing.Marten;
using AccountGov.EventSourcing.Messaging;
using JasperFx.Events.Projections;
using Marten;

namespace AccountGov.Custody.Api;

public static class CustodyModule
{
    public const string ServiceName = "custody";

    public static void AddCustody(this WebApplicationBuilder builder)
    {
        var marten = builder.AddAccountGovMarten(opts =>
            {
                opts.Projections.Add(new EvolvingProjection<Account>(), ProjectionLifecycle.Inline);
                opts.Projections.Add(new EvolvingProjection<CredentialExposure>(), ProjectionLifecycle.Inline);
                opts.Projections.Add(new EvolvingProjection<BreakGlassGrant>(), ProjectionLifecycle.Inline);
                opts.Schema.For<BreakGlassGrant>().Index(g => g.AccountId); // the account's grants: its list and audit trail
                opts.Schema.For<AccountDataKey>().UseOptimisticConcurrency(true);
                opts.Schema.For<SealedCredential>().Index(c => c.AccountId);
                // Platform: the register's handles, compared by HandleKey. RequestId: the account an approval made, which
                // the Portal and the bench look up by request. RegisteredAt: the register lists newest first, a page
                // read in index order (at 10,000 accounts each unindexed list or lookup scanned the table, 40-75 ms).
                opts.Schema.For<Account>().Index(a => a.Platform).Index(a => a.RequestId).Index(a => a.RegisteredAt);
                opts.Schema.For<RequestedHandle>().Index(r => r.Key);
                opts.Schema.For<RevealAllowance>().UseOptimisticConcurrency(true);
                opts.AddHandovers();
                opts.AddReviews();
                opts.Listeners.Add(new CustodyGapRule(TimeProvider.System));
                opts.AddCredentialObligations(); // deposit deadlines and rotation tasks
            })
            .AddSubscriptionWithServices<CustodyForwarder>(ServiceLifetime.Singleton, o => CustodyForwarder.Subscribe(o));
        builder.AddHandovers(marten); // HR intake, handovers and their clock
        builder.AddReviews(); // scheduled reviews and their clock
        builder.AddAccountGovBus(ServiceName, x =>
        {
            x.AddConsumer<AccountRequestApprovedConsumer>();
            // The handles requests hold, so an import refuses one already in the flow (Accounts/Uniqueness).
            x.AddConsumer<RequestSubmittedConsumer>();
            x.AddConsumer<RequestRevisedConsumer>();
            x.AddConsumer<RequestWithdrawnConsumer>();
            x.AddConsumer<RequestRejectedConsumer>();
        });

        builder.AddKeyEncryptionKeys();
        builder.Services.Configure<RevealRateLimitOptions>(builder.Configuration.GetSection("Custody:RevealRateLimit"));
        builder.Services.AddSingleton<RevealRateLimit>();
        builder.Services.AddCustodyGauges();
        builder.Services.AddIdempotencyExpiry(); // POST /accounts/{id}/break-glass remembers its responses
        builder.Services.AddCustodyPolicies();
        builder.Services.AddSingleton<CredentialVault>();
        builder.Services.AddCredentialObligations();
        builder.Services.AddScoped<AuditedReveal>();
        builder.Services.AddExceptionHandler<VaultExceptionHandler>();
        builder.Services.AddSingleton(builder.Configuration.GetSection("Custody:BreakGlass").Get<BreakGlassOptions>() ?? new BreakGlassOptions());
    }

    public static void MapCustody(this WebApplication app)
    {
        var accounts = app.MapGroup("/accounts").WithTags("Accounts");
        accounts.MapListAccounts();
        accounts.MapImportAccounts();
        accounts.MapGetAccount();
        accounts.MapAddCustodian();
        accounts.MapRemoveCustodian();
        accounts.MapChangeAccountStatus();
        accounts.MapDecommission();
        accounts.MapGetAudit();
        accounts.MapAccountExposure();

        var credentials = app.MapGroup("/accounts").WithTags("Credentials");
        credentials.MapDepositCredential();
        credentials.MapAcknowledgeNeverPostRules();
        credentials.MapRevealCredential();
        app.MapRotateKeyEncryptionKey();

        var breakGlass = app.MapGroup("/accounts").WithTags("Break-glass");
        breakGlass.MapOpenBreakGlass();
        breakGlass.MapApproveBreakGlass();
        breakGlass.MapRevealThroughBreakGlass();
        breakGlass.MapListBreakGlass();

        var reports = app.MapGroup("/reports").WithTags("Reports");
        reports.MapExposureReport();
        reports.MapCredentialObligations();
        app.MapSearchAudit();
        app.MapHandovers();
        app.MapReviews();
    }
}

/// <summary>Marks the entry assembly for WebApplicationFactory without the ambiguity of several Program types.</summary>
public sealed class CustodyApi;
