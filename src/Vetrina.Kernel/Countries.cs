namespace Vetrina.Kernel;

/// <summary>Countries the law treats alike.</summary>
public static class Countries
{
    /// <summary>The EU member states (ISO 3166-1 alpha-2): GDPR and the ePrivacy rules (email soft opt-in among them) apply.</summary>
    public static readonly IReadOnlyList<string> EuropeanUnion =
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO",
        "SK", "SI", "ES", "SE",
    ];

    public static bool InEuropeanUnion(string country) => EuropeanUnion.Contains(country);
}
