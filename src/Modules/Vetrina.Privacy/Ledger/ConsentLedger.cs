using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vetrina.Data;
using Vetrina.Data.Events;
using Vetrina.Privacy.Contracts;
using Vetrina.Privacy.Contracts.Events;

namespace Vetrina.Privacy.Ledger;

internal sealed class ConsentLedger(VetrinaDbContext db) : IConsentLedger
{
    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    public void Record(ConsentStatement statement)
    {
        var entry = new ConsentEntry(Checked(statement));
        db.Add(entry);
        var (purpose, channel, source, reference, email, visitor, customer, language, country, version, at) = (entry.Purpose, entry.Channel, entry.Source,
            entry.Reference, entry.Email, entry.VisitorId, entry.CustomerId, entry.Language, entry.Country, entry.TextVersion, entry.At);
        switch (entry.Decision)
        {
            case ConsentDecision.Given:
                db.Publish(new ConsentGiven(purpose, channel, source, reference, email, visitor, customer, language, country, version, at));
                break;
            case ConsentDecision.Withdrawn:
                db.Publish(new ConsentWithdrawn(purpose, channel, source, reference, email, visitor, customer, language, country, version, at));
                break;
            case ConsentDecision.Requested:
                break;
        }
    }

    public async Task RecordManyAsync(IReadOnlyCollection<ConsentStatement> statements, CancellationToken cancellationToken = default)
    {
        var entries = statements.Select(s => new ConsentEntry(Checked(s))).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            await ConsentLedgerCopy.WriteAsync(connection, entries, cancellationToken);
            return;
        }

        db.AddRange(entries);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ConsentStatement>> OfEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalised = Normalise(email);
        var entries = await db.Set<ConsentEntry>().AsNoTracking().Where(e => e.Email == normalised).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return [.. entries.Select(e => e.ToStatement())];
    }

    public async Task<IReadOnlyList<ConsentStatement>> OfVisitorAsync(Guid visitorId, CancellationToken cancellationToken = default)
    {
        var entries = await db.Set<ConsentEntry>().AsNoTracking().Where(e => e.VisitorId == visitorId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return [.. entries.Select(e => e.ToStatement())];
    }

    private static ConsentStatement Checked(ConsentStatement statement)
    {
        if (statement.Email is null && statement.VisitorId is null)
        {
            throw new ArgumentException("A consent is someone's: give an email address or a visitor id.", nameof(statement));
        }

        if (string.IsNullOrWhiteSpace(statement.Purpose) || string.IsNullOrWhiteSpace(statement.Channel) || string.IsNullOrWhiteSpace(statement.Source)
            || string.IsNullOrWhiteSpace(statement.TextVersion))
        {
            throw new ArgumentException("A consent names its purpose, channel, source and the version of the words shown.", nameof(statement));
        }

        return statement;
    }
}
