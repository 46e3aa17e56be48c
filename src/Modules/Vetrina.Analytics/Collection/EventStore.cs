using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Vetrina.Analytics.Domain;
using Vetrina.Data;

namespace Vetrina.Analytics.Collection;

/// <summary>
/// Writes a batch of events and marks their days for aggregation, in one transaction: PostgreSQL's binary COPY (the
/// fastest way in), EF Core's batched inserts on SQLite. Server-side events join their order's transaction instead
/// (<see cref="ServerEvents"/>).
/// </summary>
internal static class EventStore
{
    private const string Copy = """
        COPY analytics_events ("Day", "OccurredAt", "ReceivedAt", "VisitorId", "VisitorKind", "UserId", "Name", "Page", "Referrer", "Source", "Medium",
            "Campaign", "Content", "Term", "ClickId", "ClickKey", "CampaignId", "Device", "Country", "Language", "Market", "TransactionId", "ValueMinor", "Currency", "EngagementMs",
            "Items", "Params", "Pending") FROM STDIN (FORMAT BINARY)
        """;

    public static async Task WriteAsync(VetrinaDbContext db, IReadOnlyList<RawEvent> events, DateOnly settled, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is NpgsqlConnection)
        {
            await CopyAsync(db, events, settled, cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AddRange(events);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await MarkLateDaysAsync(db, events, settled, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Bumps the version of each settled day (before yesterday) that late events fall on, so the aggregation rebuilds
    /// it, and of the days either side (a session may run across midnight into or out of it). Today's and yesterday's
    /// events are found by their pending mark instead, so the events of the moment touch no shared row.
    /// </summary>
    public static async Task MarkLateDaysAsync(VetrinaDbContext db, IEnumerable<RawEvent> events, DateOnly settled, CancellationToken cancellationToken)
    {
        // In a fixed order, so that two writers never wait for each other's days crosswise.
        foreach (var day in events.Select(e => e.Day).Where(d => d < settled).SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) })
            .Where(d => d < settled).Distinct().Order())
        {
            await MarkDayAsync(db, day, cancellationToken);
        }
    }

    /// <summary>Bumps the day's version (making its row if need be): the next aggregation rebuilds it.</summary>
    public static Task MarkDayAsync(VetrinaDbContext db, DateOnly day, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO analytics_days ("Day", "Version", "AggregatedVersion", "AutomatedSessions") VALUES ({day}, 1, 0, 0)
            ON CONFLICT ("Day") DO UPDATE SET "Version" = analytics_days."Version" + 1
            """, cancellationToken);

    /// <remarks>Npgsql writes timestamptz only from UTC: events may carry their market's offset (the demo's simulator dates them so).</remarks>
    private static async Task CopyAsync(VetrinaDbContext db, IReadOnlyList<RawEvent> events, DateOnly settled, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var importer = await connection.BeginBinaryImportAsync(Copy, cancellationToken))
        {
            foreach (var e in events)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(e.Day, NpgsqlDbType.Date, cancellationToken);
                await importer.WriteAsync(e.OccurredAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(e.ReceivedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(e.VisitorId, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync((short)e.VisitorKind, NpgsqlDbType.Smallint, cancellationToken);
                await Text(importer, e.UserId, cancellationToken);
                await importer.WriteAsync(e.Name, NpgsqlDbType.Text, cancellationToken);
                await Text(importer, e.Page, cancellationToken);
                await Text(importer, e.Referrer, cancellationToken);
                await Text(importer, e.Source, cancellationToken);
                await Text(importer, e.Medium, cancellationToken);
                await Text(importer, e.Campaign, cancellationToken);
                await Text(importer, e.Content, cancellationToken);
                await Text(importer, e.Term, cancellationToken);
                await Text(importer, e.ClickId, cancellationToken);
                await Text(importer, e.ClickKey, cancellationToken);
                await Text(importer, e.CampaignId, cancellationToken);
                await importer.WriteAsync((short)e.Device, NpgsqlDbType.Smallint, cancellationToken);
                await Text(importer, e.Country, cancellationToken);
                await Text(importer, e.Language, cancellationToken);
                await Text(importer, e.Market, cancellationToken);
                await Text(importer, e.TransactionId, cancellationToken);
                await Nullable(importer, e.ValueMinor, NpgsqlDbType.Bigint, cancellationToken);
                await Text(importer, e.Currency, cancellationToken);
                await Nullable(importer, e.EngagementMs, NpgsqlDbType.Integer, cancellationToken);
                await Text(importer, e.Items, cancellationToken);
                await Text(importer, e.Params, cancellationToken);
                await importer.WriteAsync(e.Pending, NpgsqlDbType.Boolean, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await MarkLateDaysAsync(db, events, settled, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Task Text(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private static Task Nullable<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } v ? importer.WriteAsync(v, type, cancellationToken) : importer.WriteNullAsync(cancellationToken);
}
