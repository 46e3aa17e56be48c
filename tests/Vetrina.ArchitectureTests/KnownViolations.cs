using System.Runtime.CompilerServices;

namespace Vetrina.ArchitectureTests;

/// <summary>
/// The breaches of a rule that existed when the rule came in, one per line in <c>KnownViolations/{rule}.txt</c>. The
/// list only shrinks: a new breach fails, and so does a line for a breach that is gone (delete the line, or run the
/// tests once with VETRINA_PRUNE_KNOWN_VIOLATIONS=1, which deletes such lines and never adds one).
/// </summary>
internal static class KnownViolations
{
    public static IReadOnlySet<string> Of(string rule)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "KnownViolations", rule + ".txt");
        return File.Exists(path)
            ? File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();
    }

    /// <summary>Fails with what is new and what was fixed but still listed; passes when the found breaches are exactly the known ones.</summary>
    public static void AssertNoneBeyond(string rule, IReadOnlySet<string> found, string advice, [CallerFilePath] string caller = "")
    {
        var known = Of(rule);
        var added = found.Where(f => !known.Contains(f)).Order(StringComparer.Ordinal).ToList();
        var fixedOnes = known.Where(k => !found.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (fixedOnes.Count > 0 && Environment.GetEnvironmentVariable("VETRINA_PRUNE_KNOWN_VIOLATIONS") == "1")
        {
            Prune(Path.Combine(Path.GetDirectoryName(caller)!, "KnownViolations", rule + ".txt"), fixedOnes.ToHashSet(StringComparer.Ordinal));
            fixedOnes.Clear();
        }

        var message = "";
        if (added.Count > 0)
        {
            message += $"{added.Count} new breach(es) of '{rule}'. {advice}\n  {string.Join("\n  ", added)}\n";
        }

        if (fixedOnes.Count > 0)
        {
            message += $"{fixedOnes.Count} known breach(es) of '{rule}' are gone: delete these lines from KnownViolations/{rule}.txt so that they cannot come back.\n  "
                + string.Join("\n  ", fixedOnes) + "\n";
        }

        Assert.True(message.Length == 0, message);
    }

    private static void Prune(string source, HashSet<string> gone) =>
        File.WriteAllLines(source, File.ReadLines(source).Where(l => !gone.Contains(l.Trim())).ToList());
}
