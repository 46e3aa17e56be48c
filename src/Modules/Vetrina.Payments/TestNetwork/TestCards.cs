namespace Vetrina.Payments.TestNetwork;

/// <summary>
/// The card numbers the test network knows, after the ones payment services publish for testing. Any other number
/// that passes the Luhn check is approved.
/// </summary>
internal static class TestCards
{
    public const string Approved = "4242424242424242";
    public const string Declined = "4000000000000002";
    public const string InsufficientFunds = "4000000000009995";
    public const string ExpiredCard = "4000000000000069";
    public const string ChallengeRequired = "4000000000003220";

    internal static string? DeclineCodeFor(string number) => number switch
    {
        Declined => "card_declined",
        InsufficientFunds => "insufficient_funds",
        ExpiredCard => "expired_card",
        _ => null,
    };
}
