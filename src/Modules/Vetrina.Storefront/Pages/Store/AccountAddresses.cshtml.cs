using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Customers.Contracts;
using Vetrina.Kernel.Addresses;
using Vetrina.Storefront.Localization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>The customer's address book: what checkout fills in first, and every address they have ordered to.</summary>
internal sealed class AccountAddressesModel : AccountPageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Edit { get; set; }

    [BindProperty]
    public AddressForm Address { get; set; } = new();

    [BindProperty]
    public bool MakeDefault { get; set; }

    public IReadOnlyList<SavedAddressView> Saved { get; private set; } = [];

    public CheckoutText Words { get; private set; } = CheckoutText.For("en");

    public string? Notice { get; private set; }

    public List<(string Field, string Message)> Problems { get; } = [];

    private IAddressBook Book => HttpContext.RequestServices.GetRequiredService<IAddressBook>();

    private string? CustomerId => User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public AddressFieldsView Fields => new(nameof(Address), "address", Address, "shipping", Words, CountryList.Everywhere(Language),
        name => Problems.FirstOrDefault(p => p.Field == name).Message);

    public async Task<IActionResult> OnGetAsync(string? done)
    {
        if (CustomerId is not { } customer)
        {
            return SignInFirst();
        }

        await LoadAsync(customer);
        Notice = done switch { "saved" => Words.AddressSaved, "deleted" => Words.AddressDeleted, _ => null };
        if (Edit is { } id && Saved.FirstOrDefault(a => a.Id == id) is { } editing)
        {
            Address = AddressForm.From(editing.Address);
            MakeDefault = editing.IsDefault;
        }
        else
        {
            Edit = null;
            Address.Country = Market.Countries.Contains("*") ? null : Market.Countries[0];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (CustomerId is not { } customer)
        {
            return SignInFirst();
        }

        var result = await Book.SaveAsync(customer, Edit, Address.ToInput(), MakeDefault, HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case AddressBookOutcome.Saved:
                return Redirect($"/{Language}/account/addresses?done=saved");
            case AddressBookOutcome.NotFound:
                return Redirect($"/{Language}/account/addresses");
            case AddressBookOutcome.Full:
                Notice = Words.AddressBookFull;
                break;
            default:
                Problems.AddRange(result.Errors.Select(e => ($"address.{e.FieldName}", Words.Error(e.Code))));
                break;
        }

        await LoadAsync(customer);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id)
    {
        if (CustomerId is not { } customer)
        {
            return SignInFirst();
        }

        await Book.RemoveAsync(customer, id, HttpContext.RequestAborted);
        return Redirect($"/{Language}/account/addresses?done=deleted");
    }

    public async Task<IActionResult> OnPostDefaultAsync(long id)
    {
        if (CustomerId is not { } customer)
        {
            return SignInFirst();
        }

        await Book.MakeDefaultAsync(customer, id, HttpContext.RequestAborted);
        return Redirect($"/{Language}/account/addresses?done=saved");
    }

    private async Task LoadAsync(string customer)
    {
        Words = CheckoutText.For(Language);
        Prepare(Words.YourAddresses);
        PathIn = language => $"/{language}/account/addresses";
        Saved = await Book.ListAsync(customer, HttpContext.RequestAborted);
    }

    private RedirectResult SignInFirst() =>
        Redirect($"/{Language}/account/sign-in?returnUrl={Uri.EscapeDataString($"/{Language}/account/addresses")}");
}
