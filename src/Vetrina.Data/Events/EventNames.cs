namespace Vetrina.Data.Events;

/// <summary>
/// The stable names events and handlers are stored under: the module and the type, without the <c>Vetrina.</c>
/// prefix and the <c>Contracts.Events</c> folder ("Orders.OrderPaid", "Webhooks.QueueOrderWebhooks"). A name is part
/// of the contract: renaming an event or handler type needs a migration that renames its stored rows.
/// </summary>
public static class EventNames
{
    public static string Of(Type type)
    {
        var module = type.Namespace?.Split('.') is ["Vetrina", var name, ..] ? name : type.Namespace ?? "";
        return $"{module}.{type.Name}";
    }
}
