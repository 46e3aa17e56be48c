using Microsoft.Extensions.Options;
using Quartz;
using Vetrina.Analytics;
using Vetrina.Data;
using Vetrina.Messaging.Delivery;
using Vetrina.Orders;
using Vetrina.Web.Platform.Jobs;

namespace Vetrina.Web.Platform;

/// <summary>
/// The job runner (Quartz.NET, ADR-010). On PostgreSQL its schedule lives in the database and the nodes form a
/// cluster: each firing of a job runs on one node, and a node that dies hands its jobs to the others. On SQLite there
/// is one node, and the schedule is kept in memory and rebuilt at every start.
/// </summary>
internal static class JobsSetup
{
    public static WebApplicationBuilder AddVetrinaJobs(this WebApplicationBuilder builder)
    {
        var database = builder.Configuration.ReadDatabaseOptions();
        var smtp = builder.Configuration.GetSection("Vetrina:Smtp").Get<SmtpOptions>() ?? new SmtpOptions();
        var orders = builder.Configuration.GetSection("Vetrina:Orders").Get<OrderOptions>() ?? new OrderOptions();
        var analytics = builder.Configuration.GetSection("Vetrina:Analytics").Get<AnalyticsOptions>() ?? new AnalyticsOptions();
        builder.Services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "vetrina";
                // Each node a name of its own in the cluster.
                scheduler.GenerateInstanceId = true;
            });
            if (database.Provider == DatabaseProvider.PostgreSql)
            {
                quartz.UsePersistentStore(store =>
                {
                    // Quartz creates its qrtz_ tables on the first start and checks them on every other.
                    store.ProvisionSchema();
                    store.ConfigureStore(options =>
                    {
                        options.StoreJobDataAsStrings = true;
                        options.TablePrefix = "qrtz_";
                    });
                    store.UsePostgres(database.ConnectionString);
                    // A node that stops checking in for 5 s is taken as gone: its jobs (the outbox above all) resume elsewhere.
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = TimeSpan.FromSeconds(2);
                        cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(5);
                    });
                });
            }

            Every<OutboxDeliveryJob>(quartz, "outbox-delivery", smtp.PollInterval);
            Every<UnpaidOrderExpiryJob>(quartz, "unpaid-order-expiry", orders.ExpirySweep);
            Every<WebhookDeliveryJob>(quartz, "webhook-delivery", smtp.PollInterval);
            Every<CartRetentionJob>(quartz, "cart-retention", TimeSpan.FromHours(1));
            Every<AnalyticsAggregationJob>(quartz, "analytics-aggregation", analytics.AggregateEvery);
            // Hourly, so that a salt is gone within the hour after its day ends.
            Every<AnalyticsRetentionJob>(quartz, "analytics-retention", TimeSpan.FromHours(1));
            Every<EmailCampaignJob>(quartz, "email-campaigns", smtp.PollInterval);
            Every<ContactSyncJob>(quartz, "email-contact-sync", TimeSpan.FromMinutes(5));
            Every<AutomationJob>(quartz, "email-automations", TimeSpan.FromMinutes(1));
            Every<InfluencerAttributionJob>(quartz, "influencer-attribution", TimeSpan.FromMinutes(15));
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }

    private static void Every<TJob>(IQuartzBuilder quartz, string name, TimeSpan interval)
        where TJob : IJob =>
        quartz.ScheduleJob<TJob>(
            trigger => trigger.WithIdentity(name).StartNow()
                // A run missed while every node was down is not made up for: the next run does the same work.
                .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
            job => job.WithIdentity(name));
}
