using Vetrina.Kernel.Events;

namespace Vetrina.Data.Events;

/// <summary>A handler of one event type, as registered by its module (<see cref="EventServiceCollectionExtensions.AddEventHandler{TEvent, THandler}"/>).</summary>
public sealed record EventSubscription(string EventName, Type EventType, string HandlerName,
    Func<IServiceProvider, IntegrationEvent, CancellationToken, Task> Invoke);

/// <summary>Who listens to what: the save hook writes one delivery per subscription of each event it saves.</summary>
public sealed class EventSubscriptions
{
    private readonly Dictionary<string, EventSubscription[]> byEvent;
    private readonly Dictionary<string, EventSubscription> byHandler;

    public EventSubscriptions(IEnumerable<EventSubscription> subscriptions)
    {
        var all = subscriptions.ToList();
        var twice = all.GroupBy(s => s.HandlerName).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidOperationException($"Two event handlers are named {twice.Key}: a handler's name is where its deliveries are kept, so each must be unique.");
        }

        byEvent = all.GroupBy(s => s.EventName).ToDictionary(g => g.Key, g => g.ToArray());
        byHandler = all.ToDictionary(s => s.HandlerName);
    }

    public IReadOnlyList<EventSubscription> Of(string eventName) => byEvent.TryGetValue(eventName, out var found) ? found : [];

    public EventSubscription? Handler(string handlerName) => byHandler.GetValueOrDefault(handlerName);

    public IEnumerable<EventSubscription> All => byHandler.Values;
}
