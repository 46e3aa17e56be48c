using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Storefront.Seo;

/// <summary>Applies the manual redirects: a rule takes over its path, keeping the query string (campaign tags survive).</summary>
internal static class RedirectMiddleware
{
    public static IApplicationBuilder Use(IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            var redirects = http.RequestServices.GetRequiredService<IRedirects>();
            if (http.Request.Path.HasValue && await redirects.FindAsync(http.Request.Path.Value!, http.RequestAborted) is { } rule)
            {
                var query = http.Request.QueryString.Value ?? "";
                var target = query.Length > 0 ? rule.To + (rule.To.Contains('?', StringComparison.Ordinal) ? "&" + query[1..] : query) : rule.To;
                http.Response.StatusCode = rule.Permanent ? StatusCodes.Status301MovedPermanently : StatusCodes.Status302Found;
                http.Response.Headers.Location = target;
                return;
            }
        }

        await next(http);
    });
}
