using Vetrina.Helpdesk.Contracts;

namespace Vetrina.Helpdesk.Domain;

/// <summary>
/// A customer's question and everything said about it. The <see cref="Token"/> goes in the reply address of every email
/// the ticket sends ("support+token@…"), so a reply finds its ticket without trusting a number in a subject.
/// </summary>
internal sealed class Ticket
{
    private readonly List<TicketMessage> messages = [];

    private Ticket()
    {
        Key = null!;
        Token = null!;
        Email = null!;
        Name = null!;
        Language = null!;
    }

    public Ticket(string key, string token, string email, string name, string? customerId, string language, TicketTopic topic, TicketChannel channel,
        string? orderNumber, DateTimeOffset at)
    {
        Key = key;
        Token = token;
        Email = email;
        Name = name;
        CustomerId = customerId;
        Language = language;
        Topic = topic;
        Channel = channel;
        OrderNumber = orderNumber;
        CreatedAt = at;
        UpdatedAt = at;
        Status = TicketStatus.New;
        Priority = TicketPriority.Normal;
    }

    public long Id { get; private set; }

    /// <summary>The opening form's one-time token.</summary>
    public string Key { get; private set; }

    public string Token { get; private set; }

    public string Email { get; private set; }

    public string Name { get; private set; }

    public string? CustomerId { get; private set; }

    public string Language { get; private set; }

    public TicketTopic Topic { get; private set; }

    public TicketChannel Channel { get; private set; }

    public string? OrderNumber { get; private set; }

    public TicketStatus Status { get; private set; }

    public TicketPriority Priority { get; private set; }

    /// <summary>The staff member (their sign-in email) who has it.</summary>
    public string? Assignee { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When an agent first answered the customer (notes do not count).</summary>
    public DateTimeOffset? FirstResponseAt { get; private set; }

    public DateTimeOffset? SolvedAt { get; private set; }

    /// <summary>Changes with every change: two agents acting at once cannot both win.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<TicketMessage> Messages => messages;

    public string Number => Format(Id);

    public static string Format(long id) => $"T-{id + 1000}";

    public static bool TryRead(string? number, out long id)
    {
        id = 0;
        return number is not null && number.StartsWith("T-", StringComparison.OrdinalIgnoreCase) && long.TryParse(number[2..], out var shown) && shown > 1000
            && (id = shown - 1000) > 0;
    }

    public TicketMessage Add(MessageAuthor author, string authorName, string text, DateTimeOffset at)
    {
        var message = new TicketMessage(author, authorName, text, at);
        messages.Add(message);
        Touch(at);
        return message;
    }

    /// <summary>An agent's answer: the first one stops the first-response clock; the ticket then waits on the customer unless told otherwise.</summary>
    public TicketMessage Reply(string agent, string text, TicketStatus then, DateTimeOffset at)
    {
        FirstResponseAt ??= at;
        Assignee ??= agent;
        var message = Add(MessageAuthor.Agent, agent, text, at);
        MoveTo(then, at);
        return message;
    }

    /// <summary>The customer wrote again: back with the shop (a solved ticket reopens).</summary>
    public void CustomerWrote(DateTimeOffset at)
    {
        if (Status is TicketStatus.PendingCustomer or TicketStatus.Solved or TicketStatus.OnHold)
        {
            MoveTo(TicketStatus.Open, at);
        }
    }

    public void MoveTo(TicketStatus status, DateTimeOffset at)
    {
        if (status == TicketStatus.New && Status != TicketStatus.New)
        {
            throw new InvalidOperationException("A ticket that was answered or worked on is no longer new.");
        }

        SolvedAt = status is TicketStatus.Solved or TicketStatus.Closed ? SolvedAt ?? at : null;
        Status = status;
        Touch(at);
    }

    public void Assign(string? assignee, DateTimeOffset at)
    {
        Assignee = assignee;
        Touch(at);
    }

    public void Prioritise(TicketPriority priority, DateTimeOffset at)
    {
        Priority = priority;
        Touch(at);
    }

    private void Touch(DateTimeOffset at)
    {
        UpdatedAt = at;
        Version++;
    }
}
