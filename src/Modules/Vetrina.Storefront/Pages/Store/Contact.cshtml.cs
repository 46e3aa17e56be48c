using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Helpdesk.Contracts;
using Vetrina.Storefront.Localization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>The contact form: a question becomes a ticket in the agents' inbox, acknowledged by email; from an order page it carries the order.</summary>
[Data.Security.WindowLimit(ShopLimits.Contact)]
internal sealed class ContactModel : StorePageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public TicketTopic Topic { get; set; } = TicketTopic.Other;

    [BindProperty(SupportsGet = true, Name = "order")]
    public string? OrderNumber { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    [BindProperty]
    public List<IFormFile> Photos { get; set; } = [];

    /// <summary>The form's one-time token.</summary>
    [BindProperty]
    public string Key { get; set; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public ContactText Words => ContactText.For(Language);

    public IReadOnlyDictionary<string, ContactProblem> Errors { get; private set; } = new Dictionary<string, ContactProblem>();

    /// <summary>The ticket opened, once sent.</summary>
    public string? Ticket { get; private set; }

    public void OnGet()
    {
        Prepare();
        if (!string.IsNullOrWhiteSpace(OrderNumber) && Topic == TicketTopic.Other)
        {
            Topic = TicketTopic.Order;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Prepare();
        var customer = User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var channel = string.IsNullOrWhiteSpace(OrderNumber) ? TicketChannel.ContactForm : TicketChannel.OrderPage;
        using var photos = new FormUploads(Photos);
        var outcome = await HttpContext.RequestServices.GetRequiredService<IHelpdeskIntake>().OpenAsync(
            new ContactRequest(Key is { Length: > 0 and <= 64 } ? Key : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), Name, Email, Topic, OrderNumber,
                Message, Language, channel, customer, Market.Code, photos.Uploads), cancellationToken);

        if (outcome.TicketNumber is null)
        {
            Errors = outcome.Errors;
            return Refused();
        }

        Ticket = outcome.TicketNumber;
        return Page();
    }

    private void Prepare()
    {
        Title = $"{Words.Heading} · Vetrina";
        PathIn = language => $"/{language}/pages/contact";
        Response.Headers.CacheControl = "no-store";
    }
}
