namespace Vetrina.Data.Security;

/// <param name="RetryAfter">Zero: go ahead and check the password.</param>
/// <param name="AccountFailures">The account's failures within the hour from everywhere, this attempt counted (0 from a known device).</param>
public sealed record SignInAttempt(TimeSpan RetryAfter, int AccountFailures);
