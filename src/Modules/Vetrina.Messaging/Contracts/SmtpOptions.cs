namespace Vetrina.Messaging.Contracts;

/// <summary>Configuration section <c>Vetrina:Smtp</c>. Without a host, emails are written as .eml files to <see cref="PickupDirectory"/>.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Auto (STARTTLS when offered), None, StartTls or SslOnConnect.</summary>
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// The shop's sender: order, account and consent email, and campaigns unless <c>Vetrina:Email:From</c> names another
    /// address. Its domain is the one DMARC judges, so the DKIM domain must align with it.
    /// </summary>
    public string From { get; set; } = "Vetrina <shop@vetrina.example>";

    public DkimOptions Dkim { get; set; } = new();

    public string PickupDirectory { get; set; } = "data/mail";

    /// <summary>How often the outbox is looked at for mail that is due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>After this many failed attempts a message stays in the outbox for staff to look at and is not retried.</summary>
    public int MaxAttempts { get; set; } = 12;
}
