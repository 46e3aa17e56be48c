using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Catalog.Contracts;
using Vetrina.Data;
using Vetrina.Inventory.Domain;
using Vetrina.Inventory.Operations;
using Vetrina.Kernel.Security;
using Vetrina.Inventory.Contracts;

namespace Vetrina.Inventory.Pages.Admin;

/// <summary>Stock of one SKU at every location, with the warehouse's operations and the ledger; without a SKU, what runs low.</summary>
[Authorize(Policy = StaffPolicies.StockManage)]
internal sealed class StockModel(VetrinaDbContext db, ISkuDirectory skus, StockOperations operations, StockLedger ledger) : AdminPageModel
{
    public const int LowStock = Inventory.StockAvailability.LowStockThreshold;

    public sealed record LowRow(SkuSummary Entry, int Available);

    public sealed record WaitingRow(SkuSummary Entry, string Location, int Backordered, int Allowed, DateOnly? ExpectedOn);

    [BindProperty(SupportsGet = true)]
    public string? Sku { get; set; }

    public SkuSummary? Entry { get; private set; }

    public IReadOnlyList<StockLocation> Locations { get; private set; } = [];

    public IReadOnlyDictionary<string, StockLevel> Levels { get; private set; } = new Dictionary<string, StockLevel>();

    public IReadOnlyList<StockMovement> History { get; private set; } = [];

    public IReadOnlyList<LowRow> Low { get; private set; } = [];

    /// <summary>SKUs sold ahead of stock: what the buyers' deliveries must cover.</summary>
    public IReadOnlyList<WaitingRow> Waiting { get; private set; } = [];

    public IReadOnlyList<LedgerMismatch>? Mismatches { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Sku is not null && Entry is null)
        {
            ModelState.AddModelError(nameof(Sku), $"No listed SKU has the code '{Sku}'. Codes look like VT-ABE-CO-03-NAV-M.");
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public Task<IActionResult> OnPostReceiveAsync(string? location, int quantity, string? reference, CancellationToken cancellationToken) =>
        OperateAsync(entry => operations.ReceiveAsync(entry.Id, location ?? "", quantity,
            string.IsNullOrWhiteSpace(reference) ? "receipt" : reference.Trim(), Actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAdjustAsync(string? location, int delta, string? reason, CancellationToken cancellationToken) =>
        OperateAsync(entry => operations.AdjustAsync(entry.Id, location ?? "", delta, reason ?? "", Actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCountAsync(string? location, int counted, CancellationToken cancellationToken) =>
        OperateAsync(entry => operations.CountAsync(entry.Id, location ?? "", counted, Actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostTransferAsync(string? from, string? to, int quantity, CancellationToken cancellationToken) =>
        OperateAsync(entry => operations.TransferAsync(entry.Id, from ?? "", to ?? "", quantity, Actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostBackordersAsync(string? location, int limit, DateOnly? expectedOn, CancellationToken cancellationToken) =>
        OperateAsync(entry => operations.AllowBackordersAsync(entry.Id, location ?? "", limit, expectedOn, Actor, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRebuildAsync(CancellationToken cancellationToken)
    {
        var corrected = await ledger.RebuildAsync(Actor, cancellationToken);
        Flash(corrected == 0 ? "Every balance already matched its ledger." : $"{corrected} balances set to their ledger's sums (see the audit log).");
        return Redirect("/admin/stock");
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        Mismatches = await ledger.CheckAsync(cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> OperateAsync(Func<SkuSummary, Task<StockOperationResult>> operation, CancellationToken cancellationToken)
    {
        var entry = Sku is null ? null : await skus.FindAsync(Sku, cancellationToken);
        if (entry is null)
        {
            ModelState.AddModelError(nameof(Sku), "Find the SKU first, then change its stock.");
        }
        else if (!ModelState.IsValid)
        {
            // "abc" in a count must not become a count of zero.
            ModelState.AddModelError("operation", "Give whole numbers of units. Nothing was changed.");
        }
        else
        {
            var result = await operation(entry);
            if (result.Succeeded)
            {
                Flash(result.Detail ?? $"Done: {result.Moved:+#;-#;0} units recorded in the ledger.");
                return Redirect($"/admin/stock?sku={Uri.EscapeDataString(entry.Code)}");
            }

            ModelState.AddModelError("operation", result.Detail!);
        }

        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Locations = await db.Set<StockLocation>().AsNoTracking().OrderByDescending(l => l.FulfilsOnline).ThenBy(l => l.Code).ToListAsync(cancellationToken);
        Entry = string.IsNullOrWhiteSpace(Sku) ? null : await skus.FindAsync(Sku, cancellationToken);
        if (Entry is not null)
        {
            var id = Entry.Id;
            Levels = await db.Set<StockLevel>().AsNoTracking().Where(l => l.SkuId == id).ToDictionaryAsync(l => l.LocationCode, cancellationToken);
            History = await ledger.HistoryAsync(id, 30, cancellationToken);
            return;
        }

        var online = Locations.Where(l => l.FulfilsOnline).Select(l => l.Code).ToList();
        var low = await db.Set<StockLevel>().AsNoTracking()
            .Where(l => online.Contains(l.LocationCode))
            .GroupBy(l => l.SkuId).Select(g => new { SkuId = g.Key, Available = g.Sum(l => l.OnHand - l.Reserved + l.BackorderLimit) })
            .Where(x => x.Available <= LowStock)
            .ToListAsync(cancellationToken);
        var named = await skus.FindAsync(low.Select(l => l.SkuId), cancellationToken);
        Low = [.. low.Where(l => named.ContainsKey(l.SkuId)).Select(l => new LowRow(named[l.SkuId], l.Available))
            .OrderBy(l => l.Available).ThenBy(l => l.Entry.Code, StringComparer.Ordinal).Take(100)];
        var waiting = await db.Set<StockLevel>().AsNoTracking().Where(l => l.Reserved > l.OnHand || l.BackorderLimit > 0)
            .OrderBy(l => l.ExpectedOn).ThenBy(l => l.SkuId).Take(200).ToListAsync(cancellationToken);
        var waitingNames = await skus.FindAsync(waiting.Select(l => l.SkuId), cancellationToken);
        Waiting = [.. waiting.Where(l => waitingNames.ContainsKey(l.SkuId))
            .Select(l => new WaitingRow(waitingNames[l.SkuId], l.LocationCode, l.Backordered, l.BackorderLimit, l.ExpectedOn))];
    }
}
