using System.Globalization;

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

    /// <summary>A date as a shopper reads it in their language: "15 January 2027", "15 gennaio 2027", "2027년 1월 15일".</summary>
    public static string FormatDate(DateOnly date, string language) => Normalize(language) switch
    {
        Korean => date.ToString("yyyy년 M월 d일", CultureInfo.GetCultureInfo("ko-KR")),
        Italian => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("it-IT")),
        _ => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")),
    };
}
