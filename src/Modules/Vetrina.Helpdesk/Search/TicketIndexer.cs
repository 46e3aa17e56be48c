using System.Text;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Helpdesk.Domain;

namespace Vetrina.Helpdesk.Search;

/// <summary>
/// Adds the words of new messages to the search index, a batch at a time, a few seconds behind (as Zendesk's search
/// is); older tickets are indexed the same way after an upgrade. A run that repeats work adds nothing twice.
/// </summary>
internal sealed class TicketIndexer(VetrinaDbContext db)
{
    public const int Batch = 500;

    /// <summary>Rows per INSERT: two parameters each, well under every engine's limit.</summary>
    private const int RowsPerStatement = 400;

    /// <returns>How many messages were indexed.</returns>
    public async Task<int> IndexAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var messages = await db.Set<TicketMessage>().AsNoTracking().Where(m => !m.Indexed).OrderBy(m => m.Id).Take(Batch)
                .Select(m => new { m.Id, m.TicketId, m.AuthorName, m.Text }).ToListAsync(cancellationToken);
            if (messages.Count == 0)
            {
                return total;
            }

            var rows = messages.SelectMany(m => SearchTerms.Of($"{m.AuthorName} {m.Text}").Select(term => (m.TicketId, Term: term))).Distinct().ToList();
            var ids = messages.Select(m => m.Id).ToList();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var chunk in rows.Chunk(RowsPerStatement))
                {
                    var sql = new StringBuilder("INSERT INTO helpdesk_search_terms (\"Term\", \"TicketId\") VALUES ");
                    var values = new object[chunk.Length * 2];
                    for (var i = 0; i < chunk.Length; i++)
                    {
                        sql.Append(i == 0 ? "(" : ", (").Append('{').Append(2 * i).Append("}, {").Append((2 * i) + 1).Append("})");
                        (values[2 * i], values[(2 * i) + 1]) = (chunk[i].Term, chunk[i].TicketId);
                    }

                    await db.Database.ExecuteSqlRawAsync(sql.Append(" ON CONFLICT DO NOTHING").ToString(), values, cancellationToken);
                }

                await db.Set<TicketMessage>().Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.Indexed, true), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
            total += messages.Count;
        }
    }
}
