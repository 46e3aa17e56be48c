using Microsoft.Extensions.DependencyInjection;
using Vetrina.Cart.Contracts;
using Vetrina.Customers.Contracts;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>What the account pages share: the customers' accounts and the hand-over of the guest bag at sign-in.</summary>
internal abstract class AccountPageModel : StorePageModel
{
    protected ICustomerAccounts Accounts => HttpContext.RequestServices.GetRequiredService<ICustomerAccounts>();

    /// <summary>The guest bag on this device joins the customer's own; the cookie then points at the result.</summary>
    protected async Task AdoptBagAsync(CustomerAccount customer)
    {
        var bags = HttpContext.RequestServices.GetRequiredService<IBagCommands>();
        var id = await bags.MergeAtSignInAsync(BagCookie.Read(Request), customer.Id, HttpContext.RequestAborted);
        if (id is { } bag)
        {
            BagCookie.Write(Response, bag);
            var merged = await HttpContext.RequestServices.GetRequiredService<IBagDirectory>().ViewAsync(bag, Market, HttpContext.RequestAborted);
            BagCookie.Count(Response, merged?.ItemCount ?? 0);
        }
    }

    protected string SafeReturnUrl(string? url) =>
        url is not null && url.StartsWith($"/{Language}/", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal)
            ? url
            : $"/{Language}/account";

    protected void Prepare(string title)
    {
        Title = $"{title} · Vetrina";
        Indexable = false;
        Response.Headers.CacheControl = "no-store";
    }
}
