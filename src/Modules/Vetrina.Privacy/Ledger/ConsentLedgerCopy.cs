using Npgsql;
using NpgsqlTypes;

namespace Vetrina.Privacy.Ledger;

/// <summary>
/// Ledger lines written with PostgreSQL's binary COPY, in the caller's transaction: an import of a hundred thousand
/// consents is one stream instead of a hundred thousand inserts.
/// </summary>
internal static class ConsentLedgerCopy
{
    private const string Command = """
        COPY privacy_consent_ledger ("Email", "VisitorId", "CustomerId", "Purpose", "Channel", "Decision", "Source", "Reference", "TextVersion", "Text",
            "Language", "Country", "IpAddress", "UserAgent", "GlobalPrivacyControl", "At") FROM STDIN (FORMAT BINARY)
        """;

    public static async Task WriteAsync(NpgsqlConnection connection, IEnumerable<ConsentEntry> entries, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(Command, cancellationToken);
        foreach (var e in entries)
        {
            await importer.StartRowAsync(cancellationToken);
            await TextAsync(importer, e.Email, cancellationToken);
            if (e.VisitorId is { } visitor)
            {
                await importer.WriteAsync(visitor, NpgsqlDbType.Uuid, cancellationToken);
            }
            else
            {
                await importer.WriteNullAsync(cancellationToken);
            }

            await TextAsync(importer, e.CustomerId, cancellationToken);
            await TextAsync(importer, e.Purpose, cancellationToken);
            await TextAsync(importer, e.Channel, cancellationToken);
            await TextAsync(importer, e.Decision.ToString(), cancellationToken);
            await TextAsync(importer, e.Source, cancellationToken);
            await TextAsync(importer, e.Reference, cancellationToken);
            await TextAsync(importer, e.TextVersion, cancellationToken);
            await TextAsync(importer, e.Text, cancellationToken);
            await TextAsync(importer, e.Language, cancellationToken);
            await TextAsync(importer, e.Country, cancellationToken);
            await TextAsync(importer, e.IpAddress, cancellationToken);
            await TextAsync(importer, e.UserAgent, cancellationToken);
            await importer.WriteAsync(e.GlobalPrivacyControl, NpgsqlDbType.Boolean, cancellationToken);
            await importer.WriteAsync(e.At.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task TextAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);
}
