using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Kernel.Security;
using Vetrina.Webhooks.Domain;

namespace Vetrina.Webhooks.Pages.Admin;

/// <summary>Where order events are posted, the secret each receiver checks signatures with, and the delivery log.</summary>
[Authorize(Policy = StaffPolicies.Administer)]
internal sealed class WebhooksModel(VetrinaDbContext db, IAuditLog audit, TimeProvider clock) : AdminPageModel
{
    public IReadOnlyList<WebhookEndpoint> Endpoints { get; private set; } = [];

    public IReadOnlyList<WebhookDelivery> Log { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string? url, string[]? events, CancellationToken cancellationToken)
    {
        var chosen = (events ?? []).Where(WebhookEvents.All.Contains).Distinct().ToList();
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var address) || address.Scheme is not ("https" or "http")
            || (address.Scheme == "http" && !address.IsLoopback))
        {
            ModelState.AddModelError("add", "Give the receiver's full address; it must be https (plain http only on this machine, for testing).");
        }

        if (chosen.Count == 0)
        {
            ModelState.AddModelError("add", "Choose at least one event.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var endpoint = new WebhookEndpoint(address!, chosen, clock.GetUtcNow());
        db.Add(endpoint);
        audit.Record("webhook.create", "webhook", $"{address} {string.Join(',', chosen)}");
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Events now go to {address}. Give the receiver the secret shown below.");
        return Redirect("/admin/webhooks");
    }

    public async Task<IActionResult> OnPostDisableAsync(int id, CancellationToken cancellationToken)
    {
        var endpoint = await db.Set<WebhookEndpoint>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (endpoint is null)
        {
            return NotFound();
        }

        endpoint.Disable();
        audit.Record("webhook.disable", "webhook", endpoint.Url);
        await db.SaveChangesAsync(cancellationToken);
        Flash($"No more events go to {endpoint.Url}.");
        return Redirect("/admin/webhooks");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Endpoints = await db.Set<WebhookEndpoint>().AsNoTracking().OrderByDescending(e => e.Active).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        Log = await db.Set<WebhookDelivery>().AsNoTracking().OrderByDescending(d => d.Id).Take(50).ToListAsync(cancellationToken);
    }
}
