using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;
using Vetrina.Promotions.Domain;

namespace Vetrina.Promotions.Pages.Admin;

/// <summary>Issues gift cards (a code and a balance in one currency) and shows what is left on each.</summary>
[Authorize(Policy = StaffPolicies.PromotionsManage)]
internal sealed class GiftCardsModel(VetrinaDbContext db, TimeProvider clock) : AdminPageModel
{
    public IReadOnlyList<GiftCard> Cards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cards = await db.Set<GiftCard>().AsNoTracking().OrderByDescending(c => c.Id).Take(50).ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostIssueAsync(string? amount, string? currency, string? expires, CancellationToken cancellationToken)
    {
        var known = Currency.TryFromCode(currency, out var money);
        DateTimeOffset? expiresAt = DateTime.TryParseExact(expires, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : null;
        if (!known || !decimal.TryParse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var major) || major <= 0 || major > 10_000_000
            || decimal.Round(major, money.MinorDigits) != major || (!string.IsNullOrWhiteSpace(expires) && expiresAt is null)
            || expiresAt <= clock.GetUtcNow())
        {
            ModelState.AddModelError("issue", "Give a positive amount in the currency's units (whole won for KRW), a currency, and an expiry date in the future or none.");
            await OnGetAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var card = new GiftCard(Money.FromMajor(major, money), expiresAt, clock.GetUtcNow());
        db.Add(card);
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), Actor, "giftcard.issue", $"giftcard:…{card.Code[^4..]}", Money.FromMajor(major, money).ToString()));
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Gift card {card.Display} issued for {Money.FromMajor(major, money).Format()}.");
        return Redirect("/admin/gift-cards");
    }
}
