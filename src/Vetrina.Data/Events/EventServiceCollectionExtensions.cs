using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vetrina.Kernel.Events;

namespace Vetrina.Data.Events;

public static class EventServiceCollectionExtensions
{
    /// <summary>The outbox, its save hook and this node's dispatcher (<c>Vetrina:Events</c>).</summary>
    public static IServiceCollection AddIntegrationEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EventOptions>(configuration.GetSection("Vetrina:Events"));
        services.TryAddSingleton<DispatcherSignal>();
        services.TryAddSingleton<EventSubscriptions>();
        services.TryAddSingleton<EventSaveHook>();
        services.TryAddSingleton<EventMetrics>();
        services.TryAddSingleton<EventDispatcher>();
        services.TryAddScoped<EventDeliveryLog>();
        services.AddHostedService(sp => sp.GetRequiredService<EventDispatcher>());
        return services;
    }

    /// <summary>
    /// Subscribes <typeparamref name="THandler"/> to <typeparamref name="TEvent"/>. Its name (module and type,
    /// <see cref="EventNames"/>) is where its deliveries are kept; a handler of several events gets one stream's events
    /// in the order they were published, whichever their types.
    /// </summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(new EventSubscription(EventNames.Of(typeof(TEvent)), typeof(TEvent), EventNames.Of(typeof(THandler)),
            (provider, integrationEvent, cancellationToken) => provider.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, cancellationToken)));
        return services;
    }
}
