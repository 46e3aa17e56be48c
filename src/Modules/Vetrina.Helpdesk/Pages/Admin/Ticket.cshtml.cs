using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Admin.Contracts;
using Vetrina.Helpdesk.Domain;
using Vetrina.Helpdesk.Inbox;
using Vetrina.Kernel.Security;
using Vetrina.Messaging.Contracts;
using Vetrina.Orders.Contracts;
using Vetrina.Privacy.Contracts;

namespace Vetrina.Helpdesk.Pages.Admin;

/// <summary>One ticket: its thread, the customer's orders beside it, and the agent's answer, note and changes.</summary>
[Authorize(Policy = StaffPolicies.ServiceAnswer)]
internal sealed class TicketModel(TicketInbox inbox, TicketActions actions, Presence presence, IOrderDirectory orders, IConsentLedger consents, IMailHistory mails,
    Replies.CannedReplies replies, TimeProvider clock) : AdminPageModel
{
    public const int EmailsShown = 10;

    /// <summary>The one-time token of the order action forms: a form sent twice acts once.</summary>
    public string ActionKey { get; } = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>The customer's standing consents: the latest decision per purpose.</summary>
    public IReadOnlyList<ConsentStatement> Consents { get; private set; } = [];

    public IReadOnlyList<SentMail> Emails { get; private set; } = [];

    /// <summary>The files of each message, by message id.</summary>
    public ILookup<long, TicketInbox.FileView> Files { get; private set; } = Array.Empty<TicketInbox.FileView>().ToLookup(f => f.MessageId);

    /// <summary>Who else has the ticket open or is answering it.</summary>
    public string? Others { get; private set; }

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public Ticket Ticket { get; private set; } = null!;

    public IReadOnlyList<CustomerOrder> Orders { get; private set; } = [];

    /// <summary>What the agent was writing when a send was refused, given back to them.</summary>
    public string? Draft { get; private set; }

    /// <summary>A canned reply filled in for this ticket, put in the answer box for the agent to change and send.</summary>
    public string? Prefill { get; private set; }

    /// <summary>The canned reply inserted, whose files the answer can carry, and their names.</summary>
    public (int Id, IReadOnlyList<string> Files)? Inserted { get; private set; }

    /// <summary>The canned replies, those in the ticket's language first.</summary>
    public IReadOnlyList<CannedReply> CannedReplies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken))
        {
            return NotFound();
        }

        Others = await presence.CheckInAsync(Ticket.Id, Actor, false, cancellationToken);
        return Page();
    }

    /// <summary>A file of the ticket: a photo shown in the page, a document downloaded.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(string number, long id, CancellationToken cancellationToken)
    {
        if (await inbox.FileAsync(number, id, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        Response.Headers["X-Content-Type-Options"] = "nosniff";
        Response.Headers.CacheControl = "private, max-age=3600";
        return file.ContentType == "image/webp" ? File(file.Content, file.ContentType) : File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The page's check-in while open: whether this agent is writing, and who else is on the ticket.</summary>
    public async Task<IActionResult> OnPostPresenceAsync(string number, bool replying, CancellationToken cancellationToken) =>
        Ticket.TryRead(number, out var id)
            ? new JsonResult(new { others = await presence.CheckInAsync(id, Actor, replying, cancellationToken) })
            : NotFound();

    /// <param name="files">The canned reply whose files go with the answer, when the agent kept them.</param>
    public async Task<IActionResult> OnPostReplyAsync(string number, int version, string? text, TicketStatus then, int? files, CancellationToken cancellationToken)
    {
        var attached = files is { } reply
            ? [.. (await replies.FilesOfAsync(reply, cancellationToken)).Select(f => new MailAttachment(f.FileName, f.ContentType, f.Content))]
            : Array.Empty<MailAttachment>();
        return await DoneAsync(number, "reply", text, await inbox.ReplyAsync(number, version, text, then, Actor, attached, cancellationToken), "Answer sent by email.",
            cancellationToken);
    }

    public async Task<IActionResult> OnPostNoteAsync(string number, int version, string? text, CancellationToken cancellationToken) =>
        await DoneAsync(number, "note", text, await inbox.NoteAsync(number, version, text, Actor, cancellationToken), "Note added.", cancellationToken);

    public async Task<IActionResult> OnPostUpdateAsync(string number, int version, TicketStatus status, TicketPriority priority, string? assignee, string? tags,
        CancellationToken cancellationToken) =>
        await DoneAsync(number, "update", null, ModelState.IsValid
            ? await inbox.UpdateAsync(number, version, status, priority, assignee, tags ?? "", Actor, cancellationToken)
            : new TicketInbox.Result(false, "Choose a status and a priority from the lists."), "Ticket updated.", cancellationToken);

    public async Task<IActionResult> OnPostMergeAsync(string number, int version, string? into, CancellationToken cancellationToken) =>
        await DoneAsync(number, "merge", null, await inbox.MergeAsync(number, version, into, Actor, cancellationToken), $"Merged into {into?.Trim().ToUpperInvariant()}.",
            cancellationToken);

    public async Task<IActionResult> OnPostCancelAsync(string number, string order, string? reason, CancellationToken cancellationToken) =>
        await DoneAsync(number, "orders", null, await actions.CancelAsync(number, order, reason, Actor, cancellationToken), $"Order {order} cancelled.", cancellationToken);

    public async Task<IActionResult> OnPostRefundAsync(string number, string order, decimal? amount, string? reason, string? key, CancellationToken cancellationToken) =>
        await DoneAsync(number, "orders", null, amount is not { } sum || !ModelState.IsValid || string.IsNullOrWhiteSpace(key) || key.Length > 64
            ? new TicketInbox.Result(false, "Give the amount to refund as a number, such as 25.50.")
            : await actions.RefundAsync(number, order, sum, reason, key, Actor, cancellationToken), $"Refund on order {order} sent.", cancellationToken);

    public async Task<IActionResult> OnPostResendAsync(string number, string order, string? key, CancellationToken cancellationToken) =>
        await DoneAsync(number, "orders", null, string.IsNullOrWhiteSpace(key) || key.Length > 64
            ? new TicketInbox.Result(false, "Reload the page and send again.")
            : await actions.ResendConfirmationAsync(number, order, key, Actor, cancellationToken), $"Confirmation of order {order} sent again.", cancellationToken);

    public async Task<IActionResult> OnPostInsertAsync(string number, int canned, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken))
        {
            return NotFound();
        }

        Prefill = await replies.RenderAsync(canned, Ticket, cancellationToken);
        var files = await replies.FilesOfAsync(canned, cancellationToken);
        Inserted = Prefill is null || files.Count == 0 ? null : (canned, [.. files.Select(f => f.FileName)]);
        return Page();
    }

    public async Task<IActionResult> OnPostTakeAsync(string number, int version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken))
        {
            return NotFound();
        }

        return await DoneAsync(number, "update", null,
            await inbox.UpdateAsync(number, version, Ticket.Status == TicketStatus.New ? TicketStatus.Open : Ticket.Status, Ticket.Priority, Actor, null, Actor, cancellationToken),
            "The ticket is yours.", cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(string number, string form, string? draft, TicketInbox.Result result, string message, CancellationToken cancellationToken)
    {
        if (result.Done)
        {
            Flash(message);
            return Redirect($"/admin/service/{number}");
        }

        if (!await LoadAsync(number, cancellationToken))
        {
            return NotFound();
        }

        Draft = draft;
        ModelState.AddModelError(form, result.Problem!);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string number, CancellationToken cancellationToken)
    {
        if (await inbox.FindAsync(number, cancellationToken) is not { } ticket)
        {
            return false;
        }

        Ticket = ticket;
        Files = await inbox.FilesAsync(ticket, cancellationToken);
        Orders = await orders.ForEmailAsync(ticket.Email, TicketActions.OrdersShown, cancellationToken);
        Consents = [.. (await consents.OfEmailAsync(ticket.Email, cancellationToken)).Where(c => c.Decision != ConsentDecision.Requested)
            .GroupBy(c => (c.Purpose, c.Channel)).Select(g => g.MaxBy(c => c.At)!).OrderBy(c => c.Purpose, StringComparer.Ordinal)];
        Emails = await mails.ToAsync(ticket.Email, EmailsShown, cancellationToken);
        CannedReplies = [.. (await replies.AllAsync(cancellationToken)).OrderBy(r => r.Language != ticket.Language)];
        ViewData["Title"] = $"Ticket {ticket.Number}";
        return true;
    }
}
