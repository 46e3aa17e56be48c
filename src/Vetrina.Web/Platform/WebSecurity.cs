using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Data.Security;
using Vetrina.Data.Web;

namespace Vetrina.Web.Platform;

/// <summary>
/// What every response says about itself to the browser, how sign-ins are slowed (<see cref="SignInThrottle"/>),
/// and whom the app believes about the client: the proxies in
/// <c>Vetrina:Proxy:KnownProxies</c> / <c>KnownNetworks</c> (loopback by default, where nginx runs in deploy/) are
/// trusted for the client's address and scheme, so cookies are Secure behind TLS and rate limits see the shopper.
/// </summary>
internal static class WebSecurity
{
    public static WebApplicationBuilder AddVetrinaWebSecurity(this WebApplicationBuilder builder)
    {
        var proxy = builder.Configuration.GetSection("Vetrina:Proxy");
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in proxy.GetSection("KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.GetSection("KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        // Antiforgery's and TempData's cookies would otherwise never be Secure, even over TLS.
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.Configure<SignInThrottleOptions>(builder.Configuration.GetSection("Vetrina:SignIn"));
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = builder.Configuration.GetValue("Vetrina:Hsts:IncludeSubDomains", false);
        });
        return builder;
    }

    /// <summary>HSTS goes out on https requests except to localhost (ASP.NET Core's default exclusions).</summary>
    public static WebApplication UseVetrinaWebSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseHsts();
        app.Use((http, next) =>
        {
            // Set before the page is made, so that the output cache keeps the policy with the page whose nonce it names
            // and serves the two together; set again at the start of a response whose headers an error handler cleared.
            Apply(http);
            http.Response.OnStarting(() =>
            {
                Apply(http);
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }

    private static void Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        if (headers.ContentSecurityPolicy.Count > 0)
        {
            return;
        }

        headers.ContentSecurityPolicy = ContentSecurity.PolicyFor(http);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), usb=(), payment=(self)";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
