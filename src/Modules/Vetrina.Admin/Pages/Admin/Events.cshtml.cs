using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Data.Events;
using Vetrina.Kernel.Security;

namespace Vetrina.Admin.Pages.Admin;

/// <summary>
/// The integration events' deliveries (ADR-014): per handler, how many wait and how many are being retried, and every
/// dead letter with its last error; "Try again" sends one (or all of a handler's) back to the dispatcher.
/// </summary>
[Authorize(Policy = StaffPolicies.Administer)]
internal sealed class EventsModel(EventDeliveryLog deliveries, VetrinaDbContext db, IAuditLog audit) : AdminPageModel
{
    public const int DeadLettersShown = 100;

    public IReadOnlyList<HandlerBacklog> Handlers { get; private set; } = [];

    public IReadOnlyList<DeadLetter> DeadLetters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Handlers = await deliveries.BacklogAsync(cancellationToken);
        DeadLetters = await deliveries.DeadLettersAsync(DeadLettersShown, cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        if (await deliveries.RetryAsync(id, cancellationToken) is not { } letter)
        {
            Flash("That delivery is no longer a dead letter (someone sent it again, or it was cleaned up). The list below is current.");
            return RedirectToPage();
        }

        audit.Record("event.retried", $"event-delivery:{id}", $"{letter.EventName} on {letter.Stream} to {letter.Handler}, sent again.");
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Sent again: {letter.EventName} to {letter.Handler}. It runs within a second; come back to see whether it worked.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetryHandlerAsync(string handler, CancellationToken cancellationToken)
    {
        var sent = await deliveries.RetryHandlerAsync(handler, cancellationToken);
        if (sent > 0)
        {
            audit.Record("event.retried", $"event-handler:{handler}", $"{sent} dead letters to {handler} sent again.");
            await db.SaveChangesAsync(cancellationToken);
        }

        Flash(sent == 0 ? $"{handler} has no dead letters now." : $"Sent {sent} dead letters to {handler} again.");
        return RedirectToPage();
    }
}
