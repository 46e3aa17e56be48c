using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Customers.Contracts;
using Vetrina.Helpdesk.Contracts;
using Vetrina.Storefront.Localization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>One of the customer's requests: the conversation with the shop (its notes left out), and a reply.</summary>
internal sealed class AccountRequestModel : AccountPageModel
{
    public RequestsText Words => RequestsText.For(Language);

    public CustomerRequest Shown { get; private set; } = null!;

    [BindProperty]
    public string? Reply { get; set; }

    /// <summary>The reply form's one-time token.</summary>
    [BindProperty]
    public string Key { get; set; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public string? Problem { get; private set; }

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, bool sent, CancellationToken cancellationToken)
    {
        Sent = sent;
        return await LoadAsync(number, cancellationToken) is { } refusal ? refusal : Page();
    }

    public async Task<IActionResult> OnPostAsync(string number, CancellationToken cancellationToken)
    {
        if (await LoadAsync(number, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var customer = (await Accounts.CurrentAsync(User))!;
        using var files = new FormUploads(Files);
        var outcome = await Requests.ReplyAsync(number, customer.Id, customer.Email, Reply,
            Key is { Length: > 0 and <= 64 } ? Key : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), files.Uploads, cancellationToken);

        if (outcome == ReplyOutcome.Added)
        {
            return Redirect($"/{Language}/account/requests/{number}?sent=true");
        }

        Problem = outcome == ReplyOutcome.FileRefused ? Words.FileRefused : Words.Empty;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>A file of the conversation: a photo shown in the page, a PDF downloaded.</summary>
    public async Task<IActionResult> OnGetFileAsync(string number, long id, CancellationToken cancellationToken)
    {
        if (await Accounts.CurrentAsync(User) is not CustomerAccount customer
            || await Requests.FileAsync(number, id, customer.Id, customer.Email, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        Response.Headers["X-Content-Type-Options"] = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return file.ContentType == "image/webp" ? File(file.Content, file.ContentType) : File(file.Content, file.ContentType, file.FileName);
    }

    private ICustomerRequests Requests => HttpContext.RequestServices.GetRequiredService<ICustomerRequests>();

    private async Task<IActionResult?> LoadAsync(string number, CancellationToken cancellationToken)
    {
        Prepare(string.Format(System.Globalization.CultureInfo.InvariantCulture, Words.Request, number));
        PathIn = language => $"/{language}/account/requests/{number}";
        if (await Accounts.CurrentAsync(User) is not CustomerAccount customer)
        {
            return Redirect($"/{Language}/account/sign-in?returnUrl={Uri.EscapeDataString($"/{Language}/account/requests/{number}")}");
        }

        if (await Requests.FindAsync(number, customer.Id, customer.Email, cancellationToken) is not { } request)
        {
            return NotFound();
        }

        Shown = request;
        return null;
    }
}
