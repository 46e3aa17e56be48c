using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Catalog.Contracts;
using Vetrina.Data;
using Vetrina.Data.Audit;

namespace Vetrina.Catalog.Seo;

/// <summary>
/// Manual redirects: checked when saved (a shop path, not the back office or the API, no loop, no chain: a rule whose
/// target is another rule's source is refused, and rules that pointed at a path now redirected are pointed straight at
/// the new target), audit-logged, and held by every node for at most 30 seconds after a change.
/// </summary>
internal sealed class Redirects(HybridCache cache, IServiceScopeFactory scopes) : IRedirects
{
    private const string Key = "catalog:redirects";

    private static readonly HybridCacheEntryOptions Options = new() { Expiration = TimeSpan.FromMinutes(10), LocalCacheExpiration = TimeSpan.FromSeconds(30) };

    private static readonly string[] Reserved = ["/admin", "/api", "/t/", "/feeds", "/media", "/openapi", "/healthz", "/readyz", "/metrics", "/consent"];

    /// <summary>The rule for a path, if any (the lookup of every shop request that no page answered).</summary>
    public async ValueTask<RedirectTarget?> FindAsync(string path, CancellationToken cancellationToken)
    {
        var all = await cache.GetOrCreateAsync(Key, async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
            // Keys lower-cased, so that the lookup ignores case after a trip through Redis too.
            return (await db.Set<RedirectRule>().AsNoTracking().ToListAsync(ct)).ToDictionary(r => r.From.ToLowerInvariant(), r => new RedirectTarget(r.To, r.Permanent));
        }, Options, cancellationToken: cancellationToken);
        return all.TryGetValue(path.TrimEnd('/').ToLowerInvariant(), out var target) ? target : null;
    }

    /// <returns>Problems by field ("From", "To"); none when saved.</returns>
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(VetrinaDbContext db, string? from, string? to, bool permanent, string actor, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        from = from?.Trim().TrimEnd('/') ?? "";
        to = to?.Trim() ?? "";
        if (!from.StartsWith('/') || from.Length < 2 || from.Length > 500 || from.Contains('?', StringComparison.Ordinal) || from.Contains("//", StringComparison.Ordinal))
        {
            errors["From"] = "Give the old path of the shop, starting with / and without ?query (e.g. /it/saldi).";
        }
        else if (Reserved.Any(r => from.StartsWith(r, StringComparison.OrdinalIgnoreCase)))
        {
            errors["From"] = "The back office, the API, feeds and media cannot be redirected.";
        }

        var isUrl = Uri.TryCreate(to, UriKind.Absolute, out var url) && url.Scheme is "https" or "http";
        if (!(to.StartsWith('/') && !to.StartsWith("//", StringComparison.Ordinal)) && !isUrl)
        {
            errors["To"] = "Give a path of the shop (/it/collections/donna) or a full https:// address.";
        }
        else if (to.Length > 1000)
        {
            errors["To"] = "The target is over 1,000 characters.";
        }
        else if (string.Equals(to.TrimEnd('/'), from, StringComparison.OrdinalIgnoreCase))
        {
            errors["To"] = "A path cannot redirect to itself.";
        }
        else if (await db.Set<RedirectRule>().AnyAsync(r => r.From == to.TrimEnd('/'), cancellationToken))
        {
            errors["To"] = $"{to} is itself redirected: point at where that rule leads, so that visitors take one step, not two.";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        // Rules that led to the path now moving lead straight to its new target: no chain forms.
        foreach (var leading in await db.Set<RedirectRule>().Where(r => r.To == from).ToListAsync(cancellationToken))
        {
            leading.PointAt(to);
        }

        await db.Set<RedirectRule>().Where(r => r.From == from).ExecuteDeleteAsync(cancellationToken);
        db.Add(new RedirectRule(from, to, permanent, actor, at));
        db.AuditLog.Add(new AuditEntry(at, actor, "redirect.saved", $"path:{from}", $"{from} -> {to} ({(permanent ? 301 : 302)})"));
        await db.SaveChangesAsync(cancellationToken);
        await cache.RemoveAsync(Key, cancellationToken);
        return errors;
    }

    public async Task DeleteAsync(VetrinaDbContext db, long id, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await db.Set<RedirectRule>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } rule)
        {
            db.Remove(rule);
            db.AuditLog.Add(new AuditEntry(at, actor, "redirect.deleted", $"path:{rule.From}", $"{rule.From} -> {rule.To}"));
            await db.SaveChangesAsync(cancellationToken);
            await cache.RemoveAsync(Key, cancellationToken);
        }
    }
}
