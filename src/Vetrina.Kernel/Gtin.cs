namespace Vetrina.Kernel;

/// <summary>GS1 trade item numbers (EAN-13, GTIN-14, UPC-A as GTIN-12, EAN-8) with their mod-10 check digit.</summary>
public static class Gtin
{
    public static bool IsValid(string? value)
    {
        if (value is null || value.Length is not (8 or 12 or 13 or 14) || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        return CheckDigit(value.AsSpan(0, value.Length - 1)) == value[^1] - '0';
    }

    /// <summary>The check digit for the digits before it: weights 3,1,3,... from the right.</summary>
    public static int CheckDigit(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var digit = body[body.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }

        return (10 - (sum % 10)) % 10;
    }

    public static string Complete(string body) => body + CheckDigit(body).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
