using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Vetrina.Kernel.Security;

namespace Vetrina.Data.Security;

/// <summary>
/// Slows failed sign-ins down instead of locking accounts: locking lets anyone who knows an address (the
/// administrator's is easy to guess) shut its owner out with a few posts. Failures are counted per account and
/// address, per address and per account; past a free allowance each failure doubles the wait before the next attempt
/// under that count (1 s, 2 s, 4 s … up to a ceiling), and an attempt made too soon is refused without the password
/// being checked. A browser its account signed in from before carries a device cookie and is spared the per-account
/// count, so guesses from elsewhere never keep the owner out. IPv6 clients are counted by their /64.
/// </summary>
public sealed class SignInThrottle(IAttemptCounter counter, TimeProvider clock, IDataProtectionProvider protection, IOptions<SignInThrottleOptions> options)
{
    public const string DeviceCookie = "vetrina_device";

    private const string PairPrefix = "signin:pair:";
    private const string AccountPrefix = "signin:account:";

    /// <summary>How many accounts one browser remembers signing in to.</summary>
    private const int DevicesRemembered = 5;

    private readonly IDataProtector devices = protection.CreateProtector("Vetrina.SignIn.Device");
    private readonly SignInThrottleOptions rules = options.Value;

    /// <summary>
    /// Counts this attempt as a failure before the password is checked (so that a burst of parallel guesses is counted
    /// one by one) and says how long it must wait first: zero when it may go ahead. A refused attempt is taken back, but
    /// it restarts the wait: guessing faster than allowed gets nowhere.
    /// </summary>
    public async Task<SignInAttempt> BeginAsync(HttpContext http, string account, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var counts = Counts(http, account).ToList();
        var wait = TimeSpan.Zero;
        var accountFailures = 0;
        foreach (var (key, free, most) in counts)
        {
            var count = await counter.AddAsync(key, now, rules.ForgetAfter, cancellationToken);
            var until = count.PreviousAt + Delay(count.Attempts - 1, free, most);
            wait = until - now > wait ? until - now : wait;
            accountFailures = key.StartsWith(AccountPrefix, StringComparison.Ordinal) ? count.Attempts : accountFailures;
        }

        if (wait > TimeSpan.Zero)
        {
            foreach (var (key, _, _) in counts)
            {
                await counter.UndoAsync(key, cancellationToken);
            }
        }

        return new SignInAttempt(wait, accountFailures);
    }

    /// <summary>
    /// The right password: the attempt was no failure, this browser and address start afresh, and the browser is
    /// remembered for the account.
    /// </summary>
    public async Task SucceededAsync(HttpContext http, string account, CancellationToken cancellationToken)
    {
        foreach (var (key, _, _) in Counts(http, account))
        {
            await (key.StartsWith(PairPrefix, StringComparison.Ordinal) ? counter.ForgetAsync(key, cancellationToken) : counter.UndoAsync(key, cancellationToken));
        }

        var known = KnownDevices(http).Where(a => a != Normalize(account)).Prepend(Normalize(account)).Take(DevicesRemembered);
        http.Response.Cookies.Append(DeviceCookie, devices.Protect(string.Join('\n', known)), new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
    }

    /// <summary>No wait after the first <paramref name="free"/> failures, then 1 s, doubling to <paramref name="most"/>.</summary>
    public static TimeSpan Delay(int failures, int free, TimeSpan most) =>
        failures < free ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - free), most.TotalSeconds));

    private IEnumerable<(string Key, int Free, TimeSpan Most)> Counts(HttpContext http, string account)
    {
        yield return (PairPrefix + Hash(Normalize(account) + "|" + ClientAddress.Of(http)), rules.FreePerAccountAndAddress, rules.MostPerAccountAndAddress);
        yield return ("signin:address:" + ClientAddress.Of(http), rules.FreePerAddress, rules.MostPerAddress);
        if (!KnownDevices(http).Contains(Normalize(account)))
        {
            yield return (AccountPrefix + Hash(Normalize(account)), rules.FreePerAccount, rules.MostPerAccount);
        }
    }

    private HashSet<string> KnownDevices(HttpContext http)
    {
        if (http.Request.Cookies[DeviceCookie] is not { Length: > 0 } cookie)
        {
            return [];
        }

        try
        {
            return [.. devices.Unprotect(cookie).Split('\n')];
        }
        catch (CryptographicException)
        {
            // Forged, or from keys since retired: no device.
            return [];
        }
    }

    private static string Normalize(string account) => account.Trim().ToUpperInvariant();

    /// <summary>Counters are keyed by hashes: the shared cache holds no email addresses.</summary>
    private static string Hash(string value) => IssuedSecrets.HashOf(value)[..32];
}
