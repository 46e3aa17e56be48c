using Vetrina.Privacy.Contracts;

namespace Vetrina.Privacy.Ledger;

/// <summary>A stored line of the consent ledger (<see cref="ConsentStatement"/>); lines are only ever added.</summary>
internal sealed class ConsentEntry
{
    private ConsentEntry()
    {
        Purpose = null!;
        Channel = null!;
        Source = null!;
        TextVersion = null!;
        Text = null!;
    }

    public ConsentEntry(ConsentStatement statement)
    {
        Email = statement.Email is { } email ? ConsentLedger.Normalise(email) : null;
        VisitorId = statement.VisitorId;
        CustomerId = statement.CustomerId;
        Purpose = statement.Purpose;
        Channel = statement.Channel;
        Decision = statement.Decision;
        Source = statement.Source;
        Reference = Cut(statement.Reference, 200);
        TextVersion = statement.TextVersion;
        Text = Cut(statement.Text, 1000)!;
        Language = statement.Language;
        Country = statement.Country;
        IpAddress = statement.IpAddress;
        UserAgent = Cut(statement.UserAgent, 300);
        GlobalPrivacyControl = statement.GlobalPrivacyControl;
        At = statement.At;
    }

    public long Id { get; private set; }

    public string? Email { get; private set; }

    public Guid? VisitorId { get; private set; }

    public string? CustomerId { get; private set; }

    public string Purpose { get; private set; }

    public string Channel { get; private set; }

    public ConsentDecision Decision { get; private set; }

    public string Source { get; private set; }

    public string? Reference { get; private set; }

    public string TextVersion { get; private set; }

    public string Text { get; private set; }

    public string? Language { get; private set; }

    public string? Country { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public bool GlobalPrivacyControl { get; private set; }

    public DateTimeOffset At { get; private set; }

    public ConsentStatement ToStatement() => new(Purpose, Channel, Decision, Source, TextVersion, Text, At)
    {
        Email = Email,
        VisitorId = VisitorId,
        CustomerId = CustomerId,
        Language = Language,
        Country = Country,
        Reference = Reference,
        IpAddress = IpAddress,
        UserAgent = UserAgent,
        GlobalPrivacyControl = GlobalPrivacyControl,
    };

    private static string? Cut(string? value, int length) => value is { } text && text.Length > length ? text[..length] : value;
}
