namespace Vetrina.Data.Security;

/// <summary><c>Vetrina:SignIn</c>: failures allowed before each count starts slowing attempts down, and its longest wait.</summary>
public sealed class SignInThrottleOptions
{
    /// <summary>One person mistyping: five tries, then waits up to 15 minutes.</summary>
    public int FreePerAccountAndAddress { get; set; } = 5;

    public TimeSpan MostPerAccountAndAddress { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>An office or a phone network shares one address among many people.</summary>
    public int FreePerAddress { get; set; } = 20;

    public TimeSpan MostPerAddress { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Guesses spread over many addresses: slowed to one a minute at most, never locked.</summary>
    public int FreePerAccount { get; set; } = 10;

    public TimeSpan MostPerAccount { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A count is forgotten this long after its last failure.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromHours(1);
}
