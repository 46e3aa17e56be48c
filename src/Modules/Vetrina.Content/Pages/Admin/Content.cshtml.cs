using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Catalog.Contracts;
using Vetrina.Content.Articles;
using Vetrina.Data;
using Vetrina.Kernel.Security;

namespace Vetrina.Content.Pages.Admin;

/// <summary>The editorial calendar (every post by its publishing week: draft, scheduled, live) and the post editor.</summary>
[Authorize(Policy = StaffPolicies.MarketingManage)]
internal sealed class ContentModel(VetrinaDbContext db, ArticleEditor editor, ArticlePreview previews, IMediaLibrary media, TimeProvider clock) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public string? Blog { get; set; } = "journal";

    [BindProperty]
    public TextInput Title { get; set; } = new(null, null, null);

    [BindProperty]
    public TextInput Handle { get; set; } = new(null, null, null);

    [BindProperty]
    public TextInput Summary { get; set; } = new(null, null, null);

    [BindProperty]
    public TextInput Body { get; set; } = new(null, null, null);

    [BindProperty]
    public string? CoverUrl { get; set; }

    [BindProperty]
    public string? CoverAlt { get; set; }

    [BindProperty]
    public string? Author { get; set; }

    /// <summary>As the browser's datetime-local input gives it, read as UTC; empty for a draft.</summary>
    [BindProperty]
    public string? PublishAt { get; set; }

    public IReadOnlyList<Article> Calendar { get; private set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>A signed link showing a post that is not live in the shop's layout, good for a day.</summary>
    public string PreviewLink(Article article) =>
        $"/en/blogs/{article.Blog}/{article.Handle.En}?preview={Uri.EscapeDataString(previews.Token(article.Id))}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id && await db.Set<Article>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } article)
        {
            Blog = article.Blog;
            Title = new(article.Title.En, article.Title.It, article.Title.Ko);
            Handle = new(article.Handle.En, article.Handle.It, article.Handle.Ko);
            Summary = new(article.Summary.En, article.Summary.It, article.Summary.Ko);
            Body = new(article.Body.En, article.Body.It, article.Body.Ko);
            (CoverUrl, CoverAlt, Author) = (article.CoverUrl, article.CoverAlt?.En, article.Author);
            PublishAt = article.PublishAt?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        }

        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? coverUpload, CancellationToken cancellationToken)
    {
        if (coverUpload is { Length: > 0 })
        {
            await using var stream = coverUpload.OpenReadStream();
            // Kept at once: if another field is refused, the form comes back with the image's address and needs no new upload.
            var (url, error) = await media.StoreImageAsync(stream, coverUpload.FileName, coverUpload.Length, cancellationToken);
            if (url is null)
            {
                ModelState.AddModelError(nameof(CoverUrl), error!);
            }
            else
            {
                CoverUrl = url;
            }
        }

        DateTimeOffset? publishAt = null;
        if (!string.IsNullOrWhiteSpace(PublishAt))
        {
            if (DateTime.TryParse(PublishAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            {
                publishAt = new DateTimeOffset(at, TimeSpan.Zero);
            }
            else
            {
                ModelState.AddModelError(nameof(PublishAt), "Give a date and time like 2026-12-01 09:00, or leave it empty for a draft.");
            }
        }

        var (article, errors) = ModelState.IsValid
            ? await editor.SaveAsync(Id, new ArticleInput(Blog, Title, Handle, Summary, Body, CoverUrl, CoverAlt, Author, publishAt), cancellationToken)
            : (null, new Dictionary<string, string>());
        if (article is not null)
        {
            Flash(article.PublishAt is null ? "Draft saved." : article.IsLive(clock.GetUtcNow()) ? "Saved: it is live." : $"Scheduled for {article.PublishAt:yyyy-MM-dd HH:mm} UTC.");
            return Redirect($"/admin/content?id={article.Id}");
        }

        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Calendar = await db.Set<Article>().AsNoTracking().OrderByDescending(a => a.PublishAt == null).ThenByDescending(a => a.PublishAt).Take(200).ToListAsync(cancellationToken);
}
