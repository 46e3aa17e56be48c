using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Vetrina.Data.Security;

namespace Vetrina.UnitTests;

/// <summary>
/// The sign-in throttle's rules worked through by hand, on the default allowances: 5 failures per account and address,
/// 20 per address, 10 per account; then 1 s, 2 s, 4 s … before the next attempt.
/// </summary>
public sealed class SignInThrottleTests
{
    private const string Account = "admin@brand.example";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly SignInThrottle throttle;

    public SignInThrottleTests() =>
        throttle = new SignInThrottle(new MemoryAttemptCounter(), clock, new EphemeralDataProtectionProvider(), Options.Create(new SignInThrottleOptions()));

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(9, 16)]
    [InlineData(30, 60)]
    public void TheWait_DoublesAfterTheFreeFailures_UpToItsCeiling(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), SignInThrottle.Delay(failures, free: 5, most: TimeSpan.FromMinutes(1)));

    [Fact]
    public async Task ABurstOfGuesses_GetsFiveChecked_AndTheRestRefusedUnchecked()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => throttle.BeginAsync(From("203.0.113.5"), Account, default)));

        Assert.Equal(5, attempts.Count(a => a.RetryAfter == TimeSpan.Zero));
        Assert.All(attempts.Where(a => a.RetryAfter > TimeSpan.Zero), a => Assert.Equal(TimeSpan.FromSeconds(1), a.RetryAfter));
    }

    [Fact]
    public async Task AfterFiveFailures_EachNextAttemptWaitsTwiceAsLong()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(TimeSpan.Zero, (await throttle.BeginAsync(From("203.0.113.5"), Account, default)).RetryAfter);
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, (await throttle.BeginAsync(From("203.0.113.5"), Account, default)).RetryAfter);
        clock.Advance(TimeSpan.FromSeconds(1.5));
        // The sixth failure asks for 2 s; half a second early is refused, and the refusal restarts the wait.
        Assert.Equal(TimeSpan.FromSeconds(0.5), (await throttle.BeginAsync(From("203.0.113.5"), Account, default)).RetryAfter);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1), (await throttle.BeginAsync(From("203.0.113.5"), Account, default)).RetryAfter);
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.Zero, (await throttle.BeginAsync(From("203.0.113.5"), Account, default)).RetryAfter);
    }

    [Fact]
    public async Task GuessesFromManyAddresses_SlowTheAccount_ButNotABrowserItsOwnerSignedInFrom()
    {
        var ownersBrowser = From("198.51.100.1");
        await throttle.BeginAsync(ownersBrowser, Account, default);
        await throttle.SucceededAsync(ownersBrowser, Account, default);
        var deviceCookie = ownersBrowser.Response.Headers.SetCookie.Single()!.Split(';')[0];

        var counted = new List<int>();
        for (var i = 1; i <= 10; i++)
        {
            var attempt = await throttle.BeginAsync(From($"192.0.2.{i}"), Account, default);
            Assert.Equal(TimeSpan.Zero, attempt.RetryAfter);
            counted.Add(attempt.AccountFailures);
        }

        Assert.Equal(Enumerable.Range(1, 10), counted);
        Assert.Equal(TimeSpan.FromSeconds(1), (await throttle.BeginAsync(From("192.0.2.200"), Account, default)).RetryAfter);
        var owner = From("198.51.100.1", deviceCookie);
        Assert.Equal(new SignInAttempt(TimeSpan.Zero, 0), await throttle.BeginAsync(owner, Account, default));
        // Another account from one of those addresses is not slowed: each address made one failure only.
        Assert.Equal(TimeSpan.Zero, (await throttle.BeginAsync(From("192.0.2.1"), "someone@brand.example", default)).RetryAfter);
    }

    [Fact]
    public async Task OneAddress_TryingManyAccounts_IsSlowedAfterTwenty_AndAnIPv6NetworkCountsAsOne()
    {
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(TimeSpan.Zero, (await throttle.BeginAsync(From($"2001:db8:1:2::{i + 1:x}"), $"user{i}@example.com", default)).RetryAfter);
        }

        Assert.Equal(TimeSpan.FromSeconds(1), (await throttle.BeginAsync(From("2001:db8:1:2:ffff::1"), "another@example.com", default)).RetryAfter);
        Assert.Equal(TimeSpan.Zero, (await throttle.BeginAsync(From("2001:db8:1:3::1"), "another@example.com", default)).RetryAfter);
    }

    [Fact]
    public async Task TheRightPassword_TakesItsAttemptBack_AndStartsThatBrowserAfresh()
    {
        for (var i = 0; i < 4; i++)
        {
            await throttle.BeginAsync(From("203.0.113.5"), Account, default);
        }

        var right = From("203.0.113.5");
        await throttle.BeginAsync(right, Account, default);
        await throttle.SucceededAsync(right, Account, default);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(TimeSpan.Zero, (await throttle.BeginAsync(From("203.0.113.5"), Account, default)).RetryAfter);
        }
    }

    private static DefaultHttpContext From(string address, string? cookie = null)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        if (cookie is not null)
        {
            http.Request.Headers.Cookie = cookie;
        }

        return http;
    }
}
