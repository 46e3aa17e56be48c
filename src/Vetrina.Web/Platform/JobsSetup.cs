using Microsoft.Extensions.Options;
using Quartz;
using Vetrina.Data;
using Vetrina.Data.Jobs;
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
                    // Its qrtz_ tables come with the migrations (QuartzSchema), before any node starts the scheduler.
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

            // Every module's recurring work, registered by the module itself (RecurringJob): so call this after the modules.
            foreach (var job in builder.Services.Where(d => d.ServiceType == typeof(RecurringJob)).Select(d => (RecurringJob)d.ImplementationInstance!).ToList())
            {
                quartz.ScheduleJob<ModuleJob>(
                    trigger => trigger.WithIdentity(job.Name).StartNow()
                        // A run missed while every node was down is not made up for: the next run does the same work.
                        .WithSimpleSchedule(schedule => schedule.WithInterval(job.Interval).RepeatForever()
                            .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                    detail => detail.WithIdentity(job.Name));
            }
        });
        // A web node adds and triggers jobs in the shared schedule without running them (NodeRole).
        if (NodeRole.RunsJobs(builder.Configuration))
        {
            builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        }

        builder.Services.AddSingleton<IJobTrigger, QuartzJobTrigger>();
        // After the database comes back, the schedule resumes within a second instead of Quartz's 15.
        builder.Services.Configure<QuartzOptions>(options => options.Properties["quartz.jobStore.dbRetryInterval"] = "1000");
        return builder;
    }
}
