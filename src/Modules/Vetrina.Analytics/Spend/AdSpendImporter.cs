using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Collection;
using Vetrina.Data;

namespace Vetrina.Analytics.Spend;

/// <summary>What an import did: the rows taken, or every line's problem (and then nothing taken), or nothing new.</summary>
internal sealed record SpendImportResult(int Rows, IReadOnlyList<SpendError> Errors, bool AlreadyImported, DateOnly? From = null, DateOnly? To = null)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports a network's cost export, all or nothing: the same file twice changes nothing (its hash is kept), and a file
/// overlapping an earlier one replaces those days' campaigns rather than adding to them. A click report (GCLIDs and their
/// campaigns) is recognised by its header and imported the same way. Either can name the campaign of visits tagged only
/// with a campaign id or a click id, so the days they cover are rebuilt.
/// </summary>
internal sealed class AdSpendImporter(VetrinaDbContext db, TimeProvider clock)
{
    public const int MaxFileBytes = 10 * 1024 * 1024;

    public async Task<SpendImportResult> ImportAsync(string content, string fileName, AdNetwork network, string actor, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{network}\n{content}")));
        if (await db.Set<AdSpendImport>().AnyAsync(i => i.Hash == hash, cancellationToken))
        {
            return new SpendImportResult(0, [], AlreadyImported: true);
        }

        if (AdClickFile.Recognises(content))
        {
            return await ImportClicksAsync(content, fileName, network, actor, hash, cancellationToken);
        }

        using var reader = new StringReader(content);
        var (rows, errors) = AdSpendFile.Read(reader, network);
        if (errors.Count > 0)
        {
            return new SpendImportResult(0, errors, false);
        }

        if (rows.Count == 0)
        {
            return new SpendImportResult(0, [new SpendError(0, "The file has a header but no campaign lines.")], false);
        }

        var (from, to) = (rows.Min(r => r.Day), rows.Max(r => r.Day));
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var import = db.Add(Record(network, fileName, hash, rows.Count, from, to, actor)).Entity;
            await db.SaveChangesAsync(cancellationToken);
            var campaigns = rows.Select(r => r.Campaign).Distinct().ToList();
            await db.Set<AdSpend>().Where(s => s.Network == network && s.Day >= from && s.Day <= to && campaigns.Contains(s.Campaign))
                .ExecuteDeleteAsync(cancellationToken);
            foreach (var row in rows)
            {
                row.ImportId = import.Id;
            }

            db.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            if (rows.Any(r => r.CampaignId is not null))
            {
                await MarkDaysAsync(Days(from, to), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
        return new SpendImportResult(rows.Count, [], false, from, to);
    }

    private async Task<SpendImportResult> ImportClicksAsync(string content, string fileName, AdNetwork network, string actor, string hash,
        CancellationToken cancellationToken)
    {
        using var reader = new StringReader(content);
        var (clicks, errors) = AdClickFile.Read(reader);
        if (errors.Count > 0)
        {
            return new SpendImportResult(0, errors, false);
        }

        if (clicks.Count == 0)
        {
            return new SpendImportResult(0, [new SpendError(0, "The file has a header but no clicks.")], false);
        }

        var (from, to) = (clicks.Min(c => c.Day), clicks.Max(c => c.Day));
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Add(Record(network, fileName, hash, clicks.Count, from, to, actor));
            foreach (var chunk in clicks.Chunk(500))
            {
                var keys = chunk.Select(c => c.ClickKey).ToList();
                await db.Set<AdClick>().Where(c => keys.Contains(c.ClickKey)).ExecuteDeleteAsync(cancellationToken);
            }

            db.AddRange(clicks);
            await db.SaveChangesAsync(cancellationToken);
            // A click's visit can fall on the next day in the shop's zone, or the one before.
            await MarkDaysAsync(clicks.Select(c => c.Day).Distinct().SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) }).Distinct(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
        return new SpendImportResult(clicks.Count, [], false, from, to);
    }

    private AdSpendImport Record(AdNetwork network, string fileName, string hash, int rows, DateOnly from, DateOnly to, string actor) => new()
    {
        Network = network, FileName = fileName.Length > 200 ? fileName[..200] : fileName, Hash = hash, Rows = rows, From = from, To = to, Actor = actor,
        At = clock.GetUtcNow(),
    };

    private async Task MarkDaysAsync(IEnumerable<DateOnly> days, CancellationToken cancellationToken)
    {
        foreach (var day in days)
        {
            await EventStore.MarkDayAsync(db, day, cancellationToken);
        }
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
