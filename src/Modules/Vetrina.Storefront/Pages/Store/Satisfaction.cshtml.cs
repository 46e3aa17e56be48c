using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Helpdesk.Contracts;
using Vetrina.Storefront.Localization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>
/// The satisfaction survey a solved ticket's email links to: the score chosen in the email is only preselected (mail
/// scanners open links), and counts once the customer sends the form.
/// </summary>
internal sealed class SatisfactionModel : StorePageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Score { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public SurveyText Words => SurveyText.For(Language);

    public SurveyView? Survey { get; private set; }

    public bool Thanked { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is { } survey)
        {
            Score ??= survey.Score;
            Comment ??= survey.Comment;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is null)
        {
            return Page();
        }

        if (Score is not (>= 1 and <= 5) || Comment?.Trim().Length > 2_000)
        {
            Error = Score is not (>= 1 and <= 5) ? Words.ChooseScore : Words.TooLong;
            return Refused();
        }

        Thanked = await Surveys.AnswerAsync(token, Score.Value, Comment, cancellationToken);
        return Page();
    }

    private ISatisfactionSurvey Surveys => HttpContext.RequestServices.GetRequiredService<ISatisfactionSurvey>();

    /// <summary>The survey of the link, or none (the page then says the link is not valid, as a 404).</summary>
    private async Task<SurveyView?> LoadAsync(string token, CancellationToken cancellationToken)
    {
        Prepare();
        Survey = await Surveys.FindAsync(token, cancellationToken);
        if (Survey is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Survey;
    }

    private void Prepare()
    {
        Title = $"{Words.Heading} · Vetrina";
        Indexable = false;
        Response.Headers.CacheControl = "no-store";
    }
}
