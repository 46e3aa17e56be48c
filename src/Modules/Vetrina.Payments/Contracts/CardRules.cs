
namespace Vetrina.Payments.Contracts;

public enum CardField
{
    Number,
    Expiry,
    Cvc,
}

/// <summary>What can be checked of a card before it reaches the network: the check digit, the expiry, the CVC's length.</summary>
public static class CardRules
{
    /// <summary>Digits only: shoppers type spaces and dashes between the groups.</summary>
    public static string Normalize(string? number) => new([.. (number ?? "").Where(char.IsAsciiDigit)]);

    public static IReadOnlyList<CardField> Problems(CardDetails card, DateTimeOffset now)
    {
        var problems = new List<CardField>();
        var number = Normalize(card.Number);
        if (number.Length is < 12 or > 19 || !PassesLuhn(number) || (card.Number ?? "").Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '-')))
        {
            problems.Add(CardField.Number);
        }

        var expiresAfter = card.ExpiryMonth is >= 1 and <= 12 && card.ExpiryYear is >= 2000 and <= 2100
            ? new DateTimeOffset(card.ExpiryYear, card.ExpiryMonth, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1)
            : DateTimeOffset.MinValue;
        if (expiresAfter <= now)
        {
            problems.Add(CardField.Expiry);
        }

        if (card.Cvc is not { Length: 3 or 4 } cvc || !cvc.All(char.IsAsciiDigit))
        {
            problems.Add(CardField.Cvc);
        }

        return problems;
    }

    internal static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
