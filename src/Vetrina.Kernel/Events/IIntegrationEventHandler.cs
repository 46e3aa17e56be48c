namespace Vetrina.Kernel.Events;

/// <summary>
/// What a module does when another module's event arrives. It runs in a transaction of its own on the module's
/// database context, committed together with the record that it ran, so its database work happens once per event;
/// it must be quick and stay inside the database (work for the outside world goes onto the module's own queue).
/// An exception rolls it back and the event comes again later, until it goes to the dead letters.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
