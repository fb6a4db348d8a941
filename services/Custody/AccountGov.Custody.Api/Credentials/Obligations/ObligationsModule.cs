using AccountGov.EventSourcing.Marten;
using JasperFx.Events.Projections;
using Marten;

namespace AccountGov.Custody.Api.Credentials.Obligations;

/// <summary>Deposit deadlines and rotation tasks, registered in one place (readme.md). CustodyModule calls these hooks.</summary>
public static class ObligationsModule
{
    public static void AddCredentialObligations(this StoreOptions opts)
    {
        opts.Projections.Add(new EvolvingProjection<CredentialObligations>(), ProjectionLifecycle.Inline);
        opts.Schema.For<CredentialObligations>().Index(o => o.RotationOpen);
        opts.Listeners.Add(new RotationRule());
    }

    public static void AddCredentialObligations(this IServiceCollection services)
    {
        services.AddSingleton<DepositTerms>();
        services.AddSingleton<DepositClock>();
        services.AddHostedService(sp => sp.GetRequiredService<DepositClock>());
    }

    public static void MapCredentialObligations(this RouteGroupBuilder reports) => reports.MapObligationReports();
}
