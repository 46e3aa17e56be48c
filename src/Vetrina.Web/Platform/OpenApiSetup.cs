using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Vetrina.Kernel.Security;

namespace Vetrina.Web.Platform;

/// <summary>
/// The OpenAPI document at /openapi/v1.json, shaped to pass Redocly's recommended rules: each operation says whether
/// it needs a staff API token, and a protected one says what 401 and 403 mean.
/// </summary>
internal static class OpenApiSetup
{
    private const string BearerScheme = "apiToken";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Catalog"] = "The public catalogue as the storefront shows it: listed styles, collections with facets, search.",
        ["Catalog administration"] = "Changes to the catalogue for integrations, with a staff API token created under /admin/api-tokens.",
        ["Cart"] = "Bags for headless storefronts and apps; the cart id is the key to the cart.",
        ["Stock"] = "Stock per SKU and location, and the warehouse's operations, with a staff API token.",
        ["Checkout"] = "Quote a cart and place it as an order, once per Idempotency-Key.",
        ["Orders"] = "An order as its shopper sees it, with its access key.",
        ["Fulfilment"] = "The warehouse's queue, packing and shipping, cancelling and refunding, with a staff API token.",
    };

    public static IServiceCollection AddVetrinaOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Vetrina API";
            document.Info.Description = "Catalogue of a fashion brand in en, it and ko, prices per market (VAT included). "
                + "Errors are RFC 9457 problem details.";
            document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
            // Relative: clients call the API on whichever node or domain served this document.
            document.Servers = [new OpenApiServer { Url = "/", Description = "This Vetrina instance" }];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A staff API token (vtr_...) from /admin/api-tokens; it acts with the role it was given.",
            };
            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            {
                tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "");
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            operation.Responses ??= [];
            if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy is { } policy && StaffPolicies.Api.Contains(policy)))
            {
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
                operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No API token, or one that is unknown, revoked or expired." });
                operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The token's role may not do this." });
            }
            else
            {
                // Public: an explicit empty requirement says so, rather than leaving it unsaid.
                operation.Security = [];
                operation.Responses.TryAdd("400", new OpenApiResponse { Description = "A parameter is not valid (problem details)." });
            }

            return Task.CompletedTask;
        });
    });
}
