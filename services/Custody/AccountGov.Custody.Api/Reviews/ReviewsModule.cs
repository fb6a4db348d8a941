using AccountGov.Custody.Api.Reviews.Completing;
using AccountGov.Custody.Api.Reviews.Confirming;
using AccountGov.Custody.Api.Reviews.Deadlines;
using AccountGov.Custody.Api.Reviews.Reading;
using AccountGov.EventSourcing.Marten;
using JasperFx.Events.Projections;
using Marten;

namespace AccountGov.Custody.Api.Reviews;

/// <summary>Reviews: their snapshots, their clock and their routes, registered in one place (see readme.md).</summary>
public static class ReviewsModule
{
    public static void AddReviews(this StoreOptions opts)
    {
        opts.Projections.Add(new EvolvingProjection<Review>(), ProjectionLifecycle.Inline);
        opts.Schema.For<Review>().Index(r => r.AccountId).Index(r => r.DueOn);
    }

    public static void AddReviews(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection("Custody:Reviews").Get<ReviewOptions>() ?? new ReviewOptions());
        builder.Services.AddSingleton<ReviewWrites>();
        builder.Services.AddSingleton<ReviewClock>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ReviewClock>());
    }

    public static void MapReviews(this WebApplication app)
    {
        app.MapListReviews();
        app.MapConfirmCustodian();
        app.MapCompleteReview();
    }
}
