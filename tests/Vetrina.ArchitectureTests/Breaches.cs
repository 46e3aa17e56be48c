namespace Vetrina.ArchitectureTests;

/// <summary>How a rule fails: every breach found, one per line, with what to do about it.</summary>
internal static class Breaches
{
    public static void AssertNone(string rule, IReadOnlySet<string> found, string advice) =>
        Assert.True(found.Count == 0, $"{found.Count} breach(es) of '{rule}'. {advice}\n  {string.Join("\n  ", found.Order(StringComparer.Ordinal))}");
}
