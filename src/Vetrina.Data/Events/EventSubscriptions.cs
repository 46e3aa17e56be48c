using Vetrina.Kernel.Events;

namespace Vetrina.Data.Events;

/// <summary>A handler of one event type, as registered by its module (<see cref="EventServiceCollectionExtensions.AddEventHandler{TEvent, THandler}"/>).</summary>
public sealed record EventSubscription(string EventName, Type EventType, string HandlerName,
    Func<IServiceProvider, IntegrationEvent, CancellationToken, Task> Invoke);

/// <summary>Who listens to what: the save hook writes one delivery per subscription of each event it saves.</summary>
public sealed class EventSubscriptions
{
    private readonly Dictionary<string, EventSubscription[]> byEvent;
    private readonly Dictionary<(string Handler, string Event), EventSubscription> byHandler;

    public EventSubscriptions(IEnumerable<EventSubscription> subscriptions)
    {
        var all = subscriptions.ToList();
        var twice = all.GroupBy(s => (s.HandlerName, s.EventName)).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidOperationException($"{twice.Key.HandlerName} subscribes to {twice.Key.EventName} twice: two handler types of one name, or one registered twice.");
        }

        byEvent = all.GroupBy(s => s.EventName).ToDictionary(g => g.Key, g => g.ToArray());
        byHandler = all.ToDictionary(s => (s.HandlerName, s.EventName));
    }

    public IReadOnlyList<EventSubscription> Of(string eventName) => byEvent.TryGetValue(eventName, out var found) ? found : [];

    public EventSubscription? Handler(string handlerName, string eventName) => byHandler.GetValueOrDefault((handlerName, eventName));

    public IEnumerable<EventSubscription> All => byHandler.Values;
}
