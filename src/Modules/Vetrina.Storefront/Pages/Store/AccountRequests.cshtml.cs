using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Helpdesk.Contracts;
using Vetrina.Storefront.Localization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>The customer's requests to customer service, newest first.</summary>
internal sealed class AccountRequestsModel : AccountPageModel
{
    public RequestsText Words => RequestsText.For(Language);

    public IReadOnlyList<CustomerRequestSummary> Requests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Prepare(Words.Heading);
        PathIn = language => $"/{language}/account/requests";
        if (await Accounts.CurrentAsync(User) is not { } customer)
        {
            return Redirect($"/{Language}/account/sign-in?returnUrl={Uri.EscapeDataString($"/{Language}/account/requests")}");
        }

        Requests = await HttpContext.RequestServices.GetRequiredService<ICustomerRequests>().ForCustomerAsync(customer.Id, customer.Email, cancellationToken);
        return Page();
    }
}
