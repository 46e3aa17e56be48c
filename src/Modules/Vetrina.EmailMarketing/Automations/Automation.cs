namespace Vetrina.EmailMarketing.Automations;

internal enum AutomationKind
{
    /// <summary>A new subscriber (double opt-in confirmed, checkout consent, import).</summary>
    Welcome,

    /// <summary>A signed-in customer's bag left with items and no order.</summary>
    AbandonedCart,

    /// <summary>A signed-in customer viewed a product and neither bagged nor bought anything.</summary>
    BrowseAbandonment,

    /// <summary>An order delivered: ask for a review.</summary>
    PostPurchase,

    /// <summary>A customer whose last order is <see cref="Automation.WinBackDays"/> old.</summary>
    WinBack,

    /// <summary>The contact's birthday.</summary>
    Birthday,
}

/// <summary>
/// A flow: a trigger, then emails at delays counted from the trigger (each step an email campaign of status Flow,
/// which carries its template, UTM name and report). Flows that follow shopping (cart, browse, win-back) end the moment
/// the contact buys; every flow skips a step when the contact had a marketing email in the last
/// <see cref="SmartSendingHours"/>, and no flow email goes out at night in the contact's time zone.
/// </summary>
internal sealed class Automation
{
    private readonly List<AutomationStep> steps = [];

    private Automation()
    {
        Name = null!;
    }

    public Automation(AutomationKind kind, string name, int smartSendingHours, int winBackDays)
    {
        Kind = kind;
        Name = name;
        SmartSendingHours = smartSendingHours;
        WinBackDays = winBackDays;
    }

    public int Id { get; private set; }

    public AutomationKind Kind { get; private set; }

    public string Name { get; private set; }

    public bool Enabled { get; private set; }

    /// <summary>Only what happens after a flow is switched on triggers it: switching on a welcome flow does not greet every old subscriber.</summary>
    public DateTimeOffset? EnabledAt { get; private set; }

    /// <summary>Frequency cap: a step is skipped when the contact had any marketing email this many hours before (0: never skipped).</summary>
    public int SmartSendingHours { get; private set; }

    public int WinBackDays { get; private set; }

    /// <summary>
    /// The flow's filter: only contacts in this segment start a run, and a contact who leaves it gets no further email
    /// (null: everyone the flow's trigger finds).
    /// </summary>
    public int? SegmentId { get; private set; }

    public IReadOnlyList<AutomationStep> Steps => steps;

    /// <summary>Whether buying ends the flow.</summary>
    public bool ExitsOnPurchase => Kind is AutomationKind.AbandonedCart or AutomationKind.BrowseAbandonment or AutomationKind.WinBack;

    public void AddStep(TimeSpan delay, int campaignId) => steps.Add(new AutomationStep(steps.Count, delay, campaignId));

    public void Switch(bool on, DateTimeOffset at)
    {
        if (on && !Enabled)
        {
            EnabledAt = at;
        }

        Enabled = on;
    }

    public void Configure(int smartSendingHours, int winBackDays, int? segmentId)
    {
        SmartSendingHours = smartSendingHours;
        WinBackDays = winBackDays;
        SegmentId = segmentId;
    }
}

/// <summary>One email of a flow, <see cref="Delay"/> after the trigger.</summary>
internal sealed class AutomationStep(int position, TimeSpan delay, int campaignId)
{
    public int Id { get; private set; }

    public int AutomationId { get; private set; }

    public int Position { get; private set; } = position;

    public TimeSpan Delay { get; private set; } = delay;

    public int CampaignId { get; private set; } = campaignId;
}
