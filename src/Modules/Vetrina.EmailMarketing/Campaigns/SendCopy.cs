using Npgsql;
using NpgsqlTypes;

namespace Vetrina.EmailMarketing.Campaigns;

/// <summary>
/// A page of a campaign's recipients written with PostgreSQL's binary COPY: preparing a campaign to a hundred thousand
/// contacts is fifty streams instead of a hundred thousand tracked inserts. Runs inside the page's transaction.
/// </summary>
internal static class SendCopy
{
    private const string Sends = """
        COPY email_sends ("CampaignId", "ContactId", "RunId", "Email", "Language", "Country", "Variant", "Token", "DueAt", "Attempts", "Opens", "MachineOpen", "Clicks")
        FROM STDIN (FORMAT BINARY)
        """;

    public static async Task WriteAsync(NpgsqlConnection connection, IEnumerable<EmailSend> sends, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(Sends, cancellationToken);
        foreach (var s in sends)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(s.CampaignId, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(s.ContactId, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(s.RunId, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(s.Email, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(s.Language, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(s.Country, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(s.Variant.ToString(), NpgsqlDbType.Char, cancellationToken);
            await importer.WriteAsync(s.Token, NpgsqlDbType.Varchar, cancellationToken);
            if (s.DueAt is { } due)
            {
                await importer.WriteAsync(due.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            }
            else
            {
                await importer.WriteNullAsync(cancellationToken);
            }

            await importer.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
            await importer.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }
}
