using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vetrina.Kernel.Security;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Every endpoint and page the app maps, called by every kind of caller: anonymous, a customer, each staff role signed
/// in to the back office, and an API token of each role. What each should get is read from the endpoint's declared
/// policy (its schemes and roles), not written here: a caller the policy admits is never refused, one it does not admit
/// is always refused (401, 403, or sent to sign in), and nobody ever gets a server error. The calls carry made-up ids
/// and no antiforgery token, so an admitted caller reaches the endpoint without changing anything. The app is one of
/// its own: what an admitted call might still do touches no other test's data.
/// </summary>
public sealed class AuthorizationMatrixTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task EveryEndpoint_AdmitsExactlyTheCallersItsPolicyNames_AndNeverFails()
    {
        var callers = await CallersAsync();
        var policies = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        // Where the schemes send a caller they refuse: to sign in, or to the page that says "not for your role".
        var cookies = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>();
        var refusalPages = new[] { Admin.Contracts.StaffAuthentication.Scheme, Customers.Contracts.CustomerAuthentication.Scheme }
            .Select(cookies.Get).SelectMany(o => new[] { o.LoginPath.Value!, o.AccessDeniedPath.Value! }).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var wrong = new List<string>();
        var calls = 0;
        foreach (var endpoint in endpoints)
        {
            var path = PathOf(endpoint.RoutePattern);
            var open = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policy = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
            var unknown = policy?.Requirements.Where(r => r is not (RolesAuthorizationRequirement or DenyAnonymousAuthorizationRequirement)).ToList() ?? [];
            if (unknown.Count > 0)
            {
                wrong.Add($"{path}: requirement(s) this test cannot read ({string.Join(", ", unknown.Select(r => r.GetType().Name))}); teach it");
                continue;
            }

            foreach (var method in MethodsOf(endpoint))
            {
                foreach (var caller in callers)
                {
                    var admitted = open || policy is null || caller.Satisfies(policy, path);
                    using var response = await caller.Client.SendAsync(Request(method, path, endpoint));
                    calls++;
                    var status = (int)response.StatusCode;
                    var refused = status is 401 or 403
                        || (status is 302 or 303 && response.Headers.Location is { } to
                            && refusalPages.Contains((to.IsAbsoluteUri ? to.AbsolutePath : to.OriginalString.Split('?')[0])));
                    if (status >= 500)
                    {
                        wrong.Add($"{method} {path} as {caller.Name}: {status}");
                    }
                    else if (!open && admitted && refused && !refusalPages.Contains(path))
                    {
                        wrong.Add($"{method} {path} as {caller.Name}: refused ({status}) though its policy admits the caller");
                    }
                    else if (!admitted && !refused)
                    {
                        wrong.Add($"{method} {path} as {caller.Name}: answered {status} though its policy refuses the caller");
                    }
                }
            }
        }

        Assert.True(endpoints.Count > 150, $"Only {endpoints.Count} endpoints found: is the list the app's?");
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {calls} calls answered wrongly:\n" + string.Join('\n', wrong));
    }

    private async Task<List<Caller>> CallersAsync()
    {
        var callers = new List<Caller> { new("anonymous", null, null, Client()) };
        var customer = new StaffSession(app);
        var email = $"matrix.{Guid.NewGuid():N}@example.com";
        Assert.Equal(HttpStatusCode.Redirect,
            (await customer.SubmitAsync("/en/account/register", null, new() { ["Email"] = email, ["Password"] = "a long enough password" })).StatusCode);
        callers.Add(new("customer", Customers.Contracts.CustomerAuthentication.Scheme, CustomerRole.Name, customer.Client));
        foreach (var role in StaffRoles.All)
        {
            var staff = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, role), "a long test password");
            callers.Add(new($"{role} (back office)", Admin.Contracts.StaffAuthentication.Scheme, role, staff.Client));

            var (token, secret) = Admin.ApiTokens.ApiToken.Issue($"matrix-{role}", role, "authorization matrix", DateTimeOffset.UtcNow, null);
            await app.WithDbAsync(db =>
            {
                db.Add(token);
                return db.SaveChangesAsync();
            });
            var api = Client();
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            callers.Add(new($"{role} (API token)", StaffPolicies.ApiTokenScheme, role, api));
        }

        return callers;
    }

    private HttpClient Client() => app.CreateClient(new() { AllowAutoRedirect = false });

    /// <summary>Pages answer any method (GET shows, POST runs a handler); endpoints the ones they map.</summary>
    private static IEnumerable<string> MethodsOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods
            ? methods.Where(m => m != HttpMethods.Options)
            : endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null ? [HttpMethods.Get, HttpMethods.Post] : [HttpMethods.Get];

    /// <summary>
    /// A JSON array where endpoints read an object, and a form without its antiforgery token: refused by binding or
    /// antiforgery once the caller is through authorization, so nothing is written. Sent as the type the endpoint
    /// accepts, so that routing does not turn it away (415) before authorization is asked.
    /// </summary>
    private static HttpRequestMessage Request(string method, string path, Endpoint endpoint) => new(new HttpMethod(method), path)
    {
        Content = method is "GET" or "HEAD" or "DELETE" ? null : new ByteArrayContent("[]"u8.ToArray())
        {
            Headers = { ContentType = MediaTypeHeaderValue.Parse(endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is [var accepted, ..] ? accepted : "application/json") },
        },
    };

    /// <summary>The route with every parameter filled with a value its constraints accept and that names nothing that exists.</summary>
    private static string PathOf(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => ValueOf(parameter),
                    _ => string.Empty,
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string ValueOf(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? p.ParameterPolicy?.GetType().Name ?? string.Empty).ToList();
        bool Has(string name) => constraints.Any(c => c.StartsWith(name, StringComparison.OrdinalIgnoreCase));
        return parameter.Name switch
        {
            "lang" => "it",
            "market" => "IT",
            _ when Has("int") || Has("long") => "987654321",
            _ when Has("guid") => Guid.NewGuid().ToString(),
            _ when Has("bool") => "true",
            _ => "zz-none",
        };
    }

    private sealed record Caller(string Name, string? Scheme, string? Role, HttpClient Client)
    {
        /// <summary>
        /// Admitted when the caller is signed in under one of the policy's schemes (none named: the one the path's area
        /// signs in with, staff under /admin, customers elsewhere) and holds a role every role requirement names.
        /// </summary>
        public bool Satisfies(AuthorizationPolicy policy, string path)
        {
            if (Scheme is null)
            {
                return policy.Requirements.Count == 0;
            }

            IReadOnlyList<string> schemes = policy.AuthenticationSchemes.Count > 0
                ? policy.AuthenticationSchemes
                : [path.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) ? Admin.Contracts.StaffAuthentication.Scheme : Customers.Contracts.CustomerAuthentication.Scheme];
            return schemes.Contains(Scheme)
                && policy.Requirements.OfType<RolesAuthorizationRequirement>().All(r => r.AllowedRoles.Contains(Role!));
        }
    }
}
