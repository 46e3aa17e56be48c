namespace Vetrina.Kernel;

/// <summary>The storefront languages. The brand writes in Italian, English is the fallback every text must have.</summary>
public static class Languages
{
    public const string English = "en";
    public const string Italian = "it";
    public const string Korean = "ko";

    public const string Default = English;

    public static IReadOnlyList<string> All { get; } = [English, Italian, Korean];

    public static bool IsSupported(string? language) => language is English or Italian or Korean;

    public static string Normalize(string? language) => IsSupported(language) ? language! : Default;
}
