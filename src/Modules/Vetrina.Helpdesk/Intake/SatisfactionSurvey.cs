using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Helpdesk.Contracts;
using Vetrina.Helpdesk.Domain;

namespace Vetrina.Helpdesk.Intake;

internal sealed class SatisfactionSurvey(VetrinaDbContext db, TimeProvider clock) : ISatisfactionSurvey
{
    public async Task<SurveyView?> FindAsync(string token, CancellationToken cancellationToken) =>
        await Asked(token).AsNoTracking().Select(t => new SurveyView(Ticket.Format(t.Id), t.Language, t.Satisfaction, t.SatisfactionComment))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> AnswerAsync(string token, int score, string? comment, CancellationToken cancellationToken)
    {
        if (score is < Ticket.MinScore or > Ticket.MaxScore || comment?.Trim().Length > Ticket.MaxComment)
        {
            return false;
        }

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            if (await Asked(token).FirstOrDefaultAsync(cancellationToken) is not { } ticket)
            {
                return false;
            }

            ticket.Rate(score, comment, clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // An agent changed the ticket at that moment: rate the new version.
            }
        }
    }

    private IQueryable<Ticket> Asked(string token)
    {
        // Tokens are lower-case hex; a mail client may have changed the link's case.
        var lower = token.ToLowerInvariant();
        return db.Set<Ticket>().Where(t => t.Token == lower && t.SurveyedAt != null);
    }
}
