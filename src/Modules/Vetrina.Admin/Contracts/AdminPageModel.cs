using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Vetrina.Admin.Contracts;

/// <summary>The base of every back-office page, whichever module it belongs to (they all render in the shell's layout).</summary>
public abstract class AdminPageModel : PageModel
{
    /// <summary>Who the audit log names for changes made on this page.</summary>
    protected string Actor => User.Identity?.Name ?? "unknown";

    /// <summary>The ISO week a date falls in ("2026-W48"), as calendars group by.</summary>
    public static string Week(DateTimeOffset at) =>
        $"{System.Globalization.ISOWeek.GetYear(at.UtcDateTime)}-W{System.Globalization.ISOWeek.GetWeekOfYear(at.UtcDateTime):00}";

    /// <summary>A one-line confirmation shown on the next page (post, redirect, get).</summary>
    protected void Flash(string message) => TempData["Flash"] = message;
}
