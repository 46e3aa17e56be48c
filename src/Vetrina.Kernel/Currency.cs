using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vetrina.Kernel;

/// <summary>An ISO 4217 currency with the number of digits of its minor unit (EUR 2, KRW 0).</summary>
[JsonConverter(typeof(CurrencyJsonConverter))]
public sealed record Currency
{
    public static readonly Currency Eur = new("EUR", 2, "it-IT");
    public static readonly Currency Krw = new("KRW", 0, "ko-KR");
    public static readonly Currency Usd = new("USD", 2, "en-US");

    private static readonly Dictionary<string, Currency> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        [Eur.Code] = Eur,
        [Krw.Code] = Krw,
        [Usd.Code] = Usd,
    };

    private Currency(string code, int minorDigits, string formatCulture)
    {
        Code = code;
        MinorDigits = minorDigits;
        FormatCulture = formatCulture;
    }

    public string Code { get; }

    public int MinorDigits { get; }

    /// <summary>The culture whose conventions a shopper of this currency expects (129,00 € vs ₩129,000).</summary>
    public string FormatCulture { get; }

    public long MinorPerMajor => MinorDigits switch { 0 => 1, 1 => 10, 2 => 100, 3 => 1000, _ => throw new InvalidOperationException() };

    public static IReadOnlyCollection<Currency> All => Known.Values;

    public static Currency FromCode(string code) =>
        TryFromCode(code, out var currency) ? currency : throw new ArgumentException($"Unknown currency '{code}'.", nameof(code));

    public static bool TryFromCode(string? code, out Currency currency)
    {
        if (code is not null && Known.TryGetValue(code, out var found))
        {
            currency = found;
            return true;
        }

        currency = Eur;
        return false;
    }

    public CultureInfo Culture => CultureInfo.GetCultureInfo(FormatCulture);

    public override string ToString() => Code;
}

/// <summary>A currency travels as its ISO code, in the API and in cache entries alike.</summary>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Currency.TryFromCode(reader.GetString(), out var currency) ? currency : throw new JsonException("Unknown currency code.");

    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}
