using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;
using Vetrina.Orders.Contracts;
using Vetrina.Orders;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Pages.Admin;

/// <summary>Orders, newest first, found by number or email and narrowed by status.</summary>
[Authorize(Policy = StaffPolicies.OrdersRead)]
internal sealed class OrdersModel(VetrinaDbContext db, OrderNumbers numbers) : AdminPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<Order> Orders { get; private set; } = [];

    public OrderNumbers Numbers => numbers;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Set<Order>().AsNoTracking();
        if (EnumNames.TryParse<OrderStatus>(Status, out var status))
        {
            query = query.Where(o => o.Status == status);
        }

        var q = Q?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(q))
        {
            query = numbers.TryRead(q, out var id)
                ? query.Where(o => o.Id == id)
                : query.Where(o => o.Email == q);
        }

        Orders = await query.Include(o => o.Lines).OrderByDescending(o => o.Id).Take(PageSize).ToListAsync(cancellationToken);
    }
}
