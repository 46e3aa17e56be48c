using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;

namespace Vetrina.Analytics.Spend;

/// <summary>What an import did: the rows taken, or every line's problem (and then nothing taken), or nothing new.</summary>
internal sealed record SpendImportResult(int Rows, IReadOnlyList<SpendError> Errors, bool AlreadyImported, DateOnly? From = null, DateOnly? To = null)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports a network's cost export, all or nothing: the same file twice changes nothing (its hash is kept), and a file
/// overlapping an earlier one replaces those days' campaigns rather than adding to them.
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
            var import = new AdSpendImport
            {
                Network = network, FileName = fileName.Length > 200 ? fileName[..200] : fileName, Hash = hash, Rows = rows.Count, From = from, To = to,
                Actor = actor, At = clock.GetUtcNow(),
            };
            db.Add(import);
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
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
        return new SpendImportResult(rows.Count, [], false, from, to);
    }
}
