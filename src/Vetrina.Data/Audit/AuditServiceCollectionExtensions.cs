using Microsoft.Extensions.DependencyInjection;

namespace Vetrina.Data.Audit;

public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services) =>
        services.AddHttpContextAccessor().AddScoped<IAuditLog, AuditLog>();
}
