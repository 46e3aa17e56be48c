using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Vetrina.Data.PostgreSql;

/// <summary>
/// The job runner's tables (Quartz.NET's <c>qrtz_</c> tables, where the cluster keeps its schedule), made by a
/// migration like every other table rather than by Quartz at a node's first start: one schema, one history, one
/// moment it changes. The statements are the ones the Quartz package ships for PostgreSQL, read from its assembly:
/// each creates only what is missing, so a database whose tables Quartz made itself before is left as it is. A Quartz
/// upgrade that changes its tables needs a migration of its own with the changes.
/// </summary>
internal static partial class QuartzSchema
{
    public const string Prefix = "qrtz_";

    private const string Script = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    public static void Create(MigrationBuilder migration)
    {
        foreach (var statement in Statements())
        {
            migration.Sql(statement);
        }
    }

    public static void Drop(MigrationBuilder migration)
    {
        foreach (var table in Statements().Select(s => CreatedTable().Match(s)).Where(m => m.Success).Select(m => m.Groups[1].Value).Reverse())
        {
            migration.Sql($"DROP TABLE IF EXISTS {table};");
        }
    }

    /// <summary>The script's statements (it separates them with a line reading <c>--;;</c>), with the table prefix filled in.</summary>
    private static IEnumerable<string> Statements()
    {
        using var stream = typeof(Quartz.IScheduler).Assembly.GetManifestResourceStream(Script)
            ?? throw new InvalidOperationException($"The Quartz package no longer carries {Script}: write this migration's tables out.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd().Replace("{0}", Prefix, StringComparison.Ordinal).Replace("{1}", Prefix, StringComparison.Ordinal);
        return Separator().Split(script)
            .Where(piece => piece.Split('\n').Any(line => line.Trim() is { Length: > 0 } text && !text.StartsWith("--", StringComparison.Ordinal)))
            .Select(piece => piece.Trim());
    }

    [GeneratedRegex(@"^--;;\s*$", RegexOptions.Multiline)]
    private static partial Regex Separator();

    [GeneratedRegex(@"CREATE TABLE IF NOT EXISTS (\w+)")]
    private static partial Regex CreatedTable();
}
