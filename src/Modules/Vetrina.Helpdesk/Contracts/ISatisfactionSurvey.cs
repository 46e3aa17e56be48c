namespace Vetrina.Helpdesk.Contracts;

/// <summary>
/// The one question asked after a ticket is solved: how satisfied, 1 to 5, and a comment. The survey email's link carries
/// the ticket's secret token, so it works without signing in and for no one else.
/// </summary>
public interface ISatisfactionSurvey
{
    /// <summary>The survey of the ticket with this token, once it was asked; null for an unknown token.</summary>
    Task<SurveyView?> FindAsync(string token, CancellationToken cancellationToken);

    /// <summary>Records the answer (a later one replaces it); false for an unknown token, a score outside 1–5 or a comment too long.</summary>
    Task<bool> AnswerAsync(string token, int score, string? comment, CancellationToken cancellationToken);
}

/// <param name="Score">The answer given so far, if any.</param>
public sealed record SurveyView(string TicketNumber, string Language, int? Score, string? Comment);
