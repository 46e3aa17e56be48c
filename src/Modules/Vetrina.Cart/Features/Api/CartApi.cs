using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vetrina.Cart.Contracts;
using Vetrina.Cart.Domain;
using Vetrina.Cart.Shopping;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;

namespace Vetrina.Cart.Features.Api;

/// <summary>
/// Carts for headless storefronts and apps. The cart id is the key to the cart, as the cookie is on the storefront:
/// keep it private. Prices are live, VAT included, in the market asked for.
/// </summary>
internal static class CartApi
{
    public static IEndpointRouteBuilder MapCartApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/carts").WithTags("Cart").AllowAnonymous();
        group.MapPost("/", Create).WithName("CreateCart").WithSummary("Creates an empty cart in a market.");
        group.MapGet("/{id:guid}", Get).WithName("GetCart").WithSummary("A cart with live prices and stock.");
        group.MapPost("/{id:guid}/lines", AddLine).WithName("AddCartLine").WithSummary("Adds units of a SKU.");
        group.MapPatch("/{id:guid}/lines/{lineId:int}", SetQuantity).WithName("SetCartLineQuantity").WithSummary("Sets a line's quantity; 0 removes it.");
        group.MapDelete("/{id:guid}/lines/{lineId:int}", RemoveLine).WithName("RemoveCartLine").WithSummary("Removes a line.");
        return app;
    }

    private static async Task<Results<Created<CartDto>, ValidationProblem>> Create(CartCreateRequest? request, CartService carts, IMarketDirectory markets,
        CancellationToken cancellationToken)
    {
        var market = await ResolveMarketAsync(markets, request?.Market, cancellationToken);
        if (market is null)
        {
            return TypedResults.ValidationProblem(await MarketErrorAsync(markets, request?.Market, cancellationToken));
        }

        var cart = await carts.CreateAsync(market, cancellationToken);
        return TypedResults.Created($"/api/v1/carts/{cart.Id}", await DtoAsync(carts, cart, market, Languages.Default, cancellationToken));
    }

    private static async Task<Results<Ok<CartDto>, ValidationProblem, ProblemHttpResult>> Get(Guid id, string? market, string? lang, CartService carts,
        IMarketDirectory markets, CancellationToken cancellationToken)
    {
        var cart = await carts.FindAsync(id, cancellationToken);
        if (cart is null)
        {
            return NotFound();
        }

        var resolved = await ResolveMarketAsync(markets, market ?? cart.Market, cancellationToken);
        if (resolved is null || (lang is not null && !Languages.IsSupported(lang)))
        {
            var errors = resolved is null ? await MarketErrorAsync(markets, market, cancellationToken) : [];
            if (lang is not null && !Languages.IsSupported(lang))
            {
                errors["lang"] = [$"Use one of: {string.Join(", ", Languages.All)}."];
            }

            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await DtoAsync(carts, cart, resolved, Languages.Normalize(lang), cancellationToken));
    }

    private static async Task<Results<Ok<CartDto>, ValidationProblem, ProblemHttpResult>> AddLine(Guid id, CartLineRequest request, string? lang,
        CartService carts, IMarketDirectory markets, CancellationToken cancellationToken)
    {
        var cart = await carts.FindAsync(id, cancellationToken);
        if (cart is null)
        {
            return NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Sku))
        {
            errors["sku"] = ["Give the SKU code, e.g. VT-ABE-CO-03-NAV-M."];
        }

        if (request.Quantity is not ({ } quantity and >= 1 and <= ShoppingCart.MaxQuantity))
        {
            errors["quantity"] = [$"A quantity lies between 1 and {ShoppingCart.MaxQuantity}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var market = (await markets.FindAsync(cart.Market, cancellationToken))!;
        var (saved, problem) = await carts.AddAsync(id, market, request.Sku!, request.Quantity!.Value, cancellationToken: cancellationToken);
        return problem is null
            ? TypedResults.Ok(await DtoAsync(carts, saved!, market, Languages.Normalize(lang), cancellationToken))
            : Problem(problem, request.Sku!);
    }

    private static async Task<Results<Ok<CartDto>, ValidationProblem, ProblemHttpResult>> SetQuantity(Guid id, int lineId, CartQuantityRequest request,
        string? lang, CartService carts, IMarketDirectory markets, CancellationToken cancellationToken)
    {
        if (request.Quantity is not ({ } quantity and >= 0 and <= ShoppingCart.MaxQuantity))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["quantity"] = [$"A quantity lies between 0 (removes the line) and {ShoppingCart.MaxQuantity}."],
            });
        }

        return await ChangeAsync(id, lineId, quantity, lang, carts, markets, cancellationToken);
    }

    private static Task<Results<Ok<CartDto>, ValidationProblem, ProblemHttpResult>> RemoveLine(Guid id, int lineId, string? lang, CartService carts,
        IMarketDirectory markets, CancellationToken cancellationToken) =>
        ChangeAsync(id, lineId, 0, lang, carts, markets, cancellationToken);

    private static async Task<Results<Ok<CartDto>, ValidationProblem, ProblemHttpResult>> ChangeAsync(Guid id, int lineId, int quantity, string? lang,
        CartService carts, IMarketDirectory markets, CancellationToken cancellationToken)
    {
        var cart = await carts.FindAsync(id, cancellationToken);
        if (cart is null)
        {
            return NotFound();
        }

        var market = (await markets.FindAsync(cart.Market, cancellationToken))!;
        var (saved, problem) = await carts.SetQuantityAsync(id, market, lineId, quantity, cancellationToken);
        return problem is null
            ? TypedResults.Ok(await DtoAsync(carts, saved!, market, Languages.Normalize(lang), cancellationToken))
            : Problem(problem, null);
    }

    private static Results<Ok<CartDto>, ValidationProblem, ProblemHttpResult> Problem(CartProblem problem, string? sku) => problem.Error switch
    {
        CartError.UnknownSku => TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            ["sku"] = [$"No SKU '{sku}' is in the catalogue. Styles list their SKUs at /api/v1/styles/{{code}}."],
        }),
        CartError.QuantityOutOfRange => TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            ["quantity"] = [$"A line holds between 1 and {ShoppingCart.MaxQuantity} units."],
        }),
        CartError.NotEnoughStock => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not enough stock",
            detail: $"Only {problem.Available} available.", extensions: new Dictionary<string, object?> { ["available"] = problem.Available }),
        CartError.NotForSale => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not for sale",
            detail: "This style is not on sale in the cart's market (coming soon, archived or not priced there)."),
        CartError.TooManyLines => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Cart full",
            detail: $"A cart holds at most {ShoppingCart.MaxLines} lines."),
        CartError.UnknownLine => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Line not found",
            detail: "The cart has no such line; GET the cart for its line ids."),
        _ => NotFound(),
    };

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Cart not found",
            detail: "No cart has this id (carts unused for a while, 60 days by default, are removed). Create one with POST /api/v1/carts.");

    private static async Task<MarketView?> ResolveMarketAsync(IMarketDirectory markets, string? code, CancellationToken cancellationToken) =>
        code is null ? (await markets.AllAsync(cancellationToken))[0] : await markets.FindAsync(code, cancellationToken);

    private static async Task<Dictionary<string, string[]>> MarketErrorAsync(IMarketDirectory markets, string? code, CancellationToken cancellationToken) =>
        new() { ["market"] = [$"Unknown market '{code}'. Use one of: {string.Join(", ", (await markets.AllAsync(cancellationToken)).Select(m => m.Code))}."] };

    private static async Task<CartDto> DtoAsync(CartService carts, ShoppingCart cart, MarketView market, string language, CancellationToken cancellationToken)
    {
        var view = await carts.ViewAsync(cart, market, cancellationToken);
        return new CartDto(view.Id, market.Code, market.Currency.Code,
            [.. view.Lines.Select(l => new CartLineDto(l.Id, l.Entry?.Sku.Code ?? "", l.Entry?.Style.Name.Get(language), l.Entry?.Colourway.Name.Get(language),
                l.Entry?.Sku.Size, l.Quantity, Dto(l.UnitPrice), Dto(l.LineTotal), l.ForSale, l.PriceChanged, l.Available,
                l.Entry is { } e ? $"/{language}/products/{e.Style.Handle.Get(language)}?colour={e.Colourway.Code}" : null,
                l.Entry is { Colourway.Images.Count: > 0 } withImage ? withImage.Colourway.Images[0].Url : null))],
            Dto(view.Subtotal)!, Dto(view.VatIncluded)!, view.ItemCount, view.IsReady);
    }

    private static CartMoneyDto? Dto(Money? money) => money is { } m ? new CartMoneyDto(m.Currency.Code, m.Major, m.Format()) : null;
}
