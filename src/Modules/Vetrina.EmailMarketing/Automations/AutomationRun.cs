namespace Vetrina.EmailMarketing.Automations;

/// <summary>
/// One contact's way through a flow, once per trigger (<see cref="Key"/>: the cart, the order, the year of a birthday),
/// so a trigger seen twice starts nothing new.
/// </summary>
internal sealed class AutomationRun
{
    private AutomationRun()
    {
        Key = null!;
    }

    public AutomationRun(int automationId, long contactId, string key, DateTimeOffset triggeredAt, DateTimeOffset firstAt, string? data)
    {
        AutomationId = automationId;
        ContactId = contactId;
        Key = key;
        TriggeredAt = triggeredAt;
        NextAt = firstAt;
        Data = data;
    }

    public long Id { get; private set; }

    public int AutomationId { get; private set; }

    public long ContactId { get; private set; }

    public string Key { get; private set; }

    /// <summary>When the trigger happened (the bag's last change, the delivery): step delays count from here.</summary>
    public DateTimeOffset TriggeredAt { get; private set; }

    public int NextStep { get; private set; }

    public DateTimeOffset? NextAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>completed, purchased, no-consent.</summary>
    public string? EndReason { get; private set; }

    /// <summary>What the trigger was about (the bag, the order, the product), as JSON for the emails.</summary>
    public string? Data { get; private set; }

    public int Sent { get; private set; }

    public int Skipped { get; private set; }

    public void Advance(bool sent, DateTimeOffset? nextAt, DateTimeOffset now)
    {
        NextStep++;
        Sent += sent ? 1 : 0;
        Skipped += sent ? 0 : 1;
        NextAt = nextAt;
        if (nextAt is null)
        {
            End("completed", now);
        }
    }

    public void End(string reason, DateTimeOffset at)
    {
        EndedAt = at;
        EndReason = reason;
        NextAt = null;
    }
}
