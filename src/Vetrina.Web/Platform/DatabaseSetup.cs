using Microsoft.AspNetCore.DataProtection;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Data.Events;

namespace Vetrina.Web.Platform;

internal static class DatabaseSetup
{
    public static DatabaseOptions ReadDatabaseOptions(this IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        configuration.GetSection("Vetrina:Database").Bind(options);
        options.ConnectionString = configuration.GetConnectionString("Vetrina") ?? DatabaseOptions.DefaultSqliteConnection;
        return options;
    }

    public static WebApplicationBuilder AddVetrinaDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.ReadDatabaseOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddIntegrationEvents(builder.Configuration);
        builder.Services.AddAuditLog();
        builder.Services.AddDbContextPool<VetrinaDbContext>((services, db) =>
        {
            // Each module registered its entities (AddModuleModel) in its Add<Module>Module.
            options.Configure(db, [.. services.GetServices<ModuleModel>().Select(m => m.Assembly).Distinct()]);
            db.AddInterceptors(services.GetRequiredService<EventSaveHook>());
        });

        // Keys in the database: every node decrypts the cookies and antiforgery tokens of every other node.
        var keys = builder.Services.AddDataProtection()
            .SetApplicationName("Vetrina")
            .PersistKeysToDbContext<VetrinaDbContext>();
        KeyEncryption.Configure(keys, builder.Configuration, builder.Environment.ContentRootPath);

        builder.Services.AddHealthChecks().AddDbContextCheck<VetrinaDbContext>("database", tags: ["ready"]);
        return builder;
    }
}
