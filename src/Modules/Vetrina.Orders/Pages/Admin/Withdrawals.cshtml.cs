using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Admin.Contracts;
using Vetrina.Kernel.Security;
using Vetrina.Orders.Aftersales;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Pages.Admin;

/// <summary>The withdrawals received through the shop's withdrawal function, the log's integrity, and its export.</summary>
[Authorize(Policy = StaffPolicies.OrdersRead)]
internal sealed class WithdrawalsModel(WithdrawalLog log, WithdrawalRefunds refunds) : AdminPageModel
{
    public const int Shown = 200;

    public IReadOnlyList<Withdrawal> Latest { get; private set; } = [];

    /// <summary>Refunds the withdrawals call for, the unrefunded first by deadline.</summary>
    public IReadOnlyList<WithdrawalRefunds.Obligation> Refunds { get; private set; } = [];

    public WithdrawalLog.Check Integrity { get; private set; } = new(0, null);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Integrity = await log.VerifyAsync(cancellationToken);
        Latest = await log.LatestAsync(Shown, cancellationToken);
        Refunds = [.. (await refunds.AllAsync(cancellationToken)).Take(Shown)];
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        File(await log.CsvAsync(cancellationToken), "text/csv; charset=utf-8", "withdrawals.csv");

    public static string Money(long minor, string currency) => new Kernel.Money(minor, Kernel.Currency.FromCode(currency)).Format();
}
