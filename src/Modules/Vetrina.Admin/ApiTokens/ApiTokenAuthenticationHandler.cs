using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Vetrina.Data;
using Vetrina.Kernel.Security;

namespace Vetrina.Admin.ApiTokens;

/// <summary>Authenticates <c>Authorization: Bearer vtr_...</c> against the stored token hashes.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    VetrinaDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    // Writing "last used" on every call would turn each API read into a write; once a minute is enough to see use.
    private static readonly TimeSpan UsageResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(ApiToken.Prefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("Not a Vetrina API token.");
        }

        var hash = IssuedSecrets.HashOf(secret);
        var token = await db.Set<ApiToken>().FirstOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (token is null || !token.IsActive(now))
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }

        if (token.LastUsedAt is null || now - token.LastUsedAt > UsageResolution)
        {
            token.MarkUsed(now);
            await db.SaveChangesAsync(Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, $"api-token:{token.Name}"), new Claim(ClaimTypes.Role, token.Role)], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return base.HandleChallengeAsync(properties);
    }
}
