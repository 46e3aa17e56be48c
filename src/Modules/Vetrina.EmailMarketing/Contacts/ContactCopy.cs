using Npgsql;
using NpgsqlTypes;

namespace Vetrina.EmailMarketing.Contacts;

/// <summary>
/// New contacts written with PostgreSQL's binary COPY: an import of a hundred thousand lines is one stream instead of a
/// hundred thousand inserts (their consent proof goes to the ledger the same way). Runs inside the import's transaction.
/// </summary>
internal static class ContactCopy
{
    private const string Contacts = """
        COPY email_contacts ("Email", "FirstName", "LastName", "Language", "Country", "TimeZone", "Birthday", "Source", "CreatedAt", "UpdatedAt",
            "Consent", "ConsentedAt", "NightConsent", "OrderCount", "RevenueEurMinor") FROM STDIN (FORMAT BINARY)
        """;

    public static async Task WriteContactsAsync(NpgsqlConnection connection, IEnumerable<Contact> contacts, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(Contacts, cancellationToken);
        foreach (var c in contacts)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(c.Email, NpgsqlDbType.Varchar, cancellationToken);
            await TextAsync(importer, c.FirstName, cancellationToken);
            await TextAsync(importer, c.LastName, cancellationToken);
            await importer.WriteAsync(c.Language, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(c.Country, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(c.TimeZone, NpgsqlDbType.Varchar, cancellationToken);
            if (c.Birthday is { } birthday)
            {
                await importer.WriteAsync(birthday, NpgsqlDbType.Date, cancellationToken);
            }
            else
            {
                await importer.WriteNullAsync(cancellationToken);
            }

            await importer.WriteAsync(c.Source, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(c.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(c.UpdatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync((int)c.Consent, NpgsqlDbType.Integer, cancellationToken);
            if (c.ConsentedAt is { } consentedAt)
            {
                await importer.WriteAsync(consentedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            }
            else
            {
                await importer.WriteNullAsync(cancellationToken);
            }

            await importer.WriteAsync(c.NightConsent, NpgsqlDbType.Boolean, cancellationToken);
            await importer.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(0L, NpgsqlDbType.Bigint, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task TextAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);
}
