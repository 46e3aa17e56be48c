using System.Text.Encodings.Web;
using Fluid;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Data;
using Vetrina.Helpdesk.Domain;
using Vetrina.Kernel;
using Vetrina.Orders.Contracts;

namespace Vetrina.Helpdesk.Replies;

/// <summary>
/// Canned replies: kept per language, written in Liquid, filled in for one ticket when an agent inserts one. The
/// variables: <c>customer.name</c>, <c>customer.email</c>, <c>ticket.number</c>, <c>order.number</c>,
/// <c>order.tracking_url</c> (its latest parcel's) and <c>order.return_url</c> (the page that starts a return).
/// </summary>
internal sealed class CannedReplies(VetrinaDbContext db, IOrderDirectory orders, Attachments.AttachmentIntake attachments, IOptions<SiteOptions> site,
    TimeProvider clock)
{
    public const int MaxTitle = 120;
    public const int MaxFiles = 3;

    public sealed record FileView(long Id, int ReplyId, string FileName, long Length);

    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new() { MaxSteps = 100_000 };

    public async Task<IReadOnlyList<CannedReply>> AllAsync(CancellationToken cancellationToken) =>
        await db.Set<CannedReply>().AsNoTracking().OrderBy(r => r.Language).ThenBy(r => r.Title).ToListAsync(cancellationToken);

    /// <summary>Adds or changes a reply; a sentence per field saying what is wrong, or none.</summary>
    public async Task<Dictionary<string, string>> SaveAsync(int? id, string? title, string? language, string? body, string by, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var (t, l, b) = (title?.Trim() ?? "", Languages.Normalize(language), body?.Trim() ?? "");
        if (t.Length is 0 or > MaxTitle)
        {
            errors["Title"] = $"Give the reply a title of at most {MaxTitle} characters: agents pick it by that.";
        }

        if (b.Length is 0 or > TicketRules.MaxText)
        {
            errors["Body"] = $"Write the reply (at most {TicketRules.MaxText:N0} characters).";
        }
        else if (!Parser.TryParse(b, out _, out var error))
        {
            errors["Body"] = $"The Liquid does not read: {error}";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var reply = id is { } existing ? await db.Set<CannedReply>().FirstOrDefaultAsync(r => r.Id == existing, cancellationToken) : null;
        if (reply is null)
        {
            db.Add(new CannedReply(t, l, b, by, clock.GetUtcNow()));
        }
        else
        {
            reply.Change(t, l, b, by, clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            errors["Title"] = "There is already a reply with this title in this language: choose another title, or change that one.";
        }

        return errors;
    }

    /// <summary>The files of every reply, without their content.</summary>
    public async Task<ILookup<int, FileView>> FilesAsync(CancellationToken cancellationToken) =>
        (await db.Set<CannedReplyFile>().AsNoTracking().OrderBy(f => f.Id).Select(f => new FileView(f.Id, f.CannedReplyId, f.FileName, (long)f.Content.Length))
            .ToListAsync(cancellationToken)).ToLookup(f => f.ReplyId);

    /// <summary>The files an answer using the reply carries, with their content.</summary>
    public async Task<IReadOnlyList<CannedReplyFile>> FilesOfAsync(int replyId, CancellationToken cancellationToken) =>
        await db.Set<CannedReplyFile>().AsNoTracking().Where(f => f.CannedReplyId == replyId).OrderBy(f => f.Id).ToListAsync(cancellationToken);

    /// <summary>Adds a file (a photo, re-encoded, or a document of an allowed type) to a reply; a sentence saying why not, or none.</summary>
    public async Task<string?> AddFileAsync(int replyId, Contracts.Upload upload, CancellationToken cancellationToken)
    {
        if (!await db.Set<CannedReply>().AnyAsync(r => r.Id == replyId, cancellationToken))
        {
            return "That canned reply is gone: reload the page.";
        }

        if (await db.Set<CannedReplyFile>().CountAsync(f => f.CannedReplyId == replyId, cancellationToken) >= MaxFiles)
        {
            return $"A reply carries {MaxFiles} files at most: remove one first.";
        }

        var (file, refusal) = await attachments.PrepareAsync(upload.Content, upload.FileName, upload.Length, photosOnly: false, cancellationToken);
        if (file is null)
        {
            return refusal;
        }

        db.Add(new CannedReplyFile(replyId, file.FileName, file.ContentType, file.Content));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task RemoveFileAsync(int replyId, long fileId, CancellationToken cancellationToken) =>
        await db.Set<CannedReplyFile>().Where(f => f.Id == fileId && f.CannedReplyId == replyId).ExecuteDeleteAsync(cancellationToken);

    public async Task DeleteAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<CannedReply>().Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);

    /// <summary>The reply filled in for a ticket, as plain text for the agent to read and change before sending.</summary>
    public async Task<string?> RenderAsync(int id, Ticket ticket, CancellationToken cancellationToken)
    {
        var reply = await db.Set<CannedReply>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (reply is null || !Parser.TryParse(reply.Body, out var template, out _))
        {
            return null;
        }

        var known = await orders.ForEmailAsync(ticket.Email, 10, cancellationToken);
        var order = known.FirstOrDefault(o => o.Number == ticket.OrderNumber) ?? (ticket.OrderNumber is null && known.Count > 0 ? known[0] : null);
        var context = new TemplateContext(Options);
        context.SetValue("customer", new Dictionary<string, object> { ["name"] = ticket.Name, ["email"] = ticket.Email });
        context.SetValue("ticket", new Dictionary<string, object> { ["number"] = ticket.Number });
        context.SetValue("order", new Dictionary<string, object>
        {
            ["number"] = order?.Number ?? ticket.OrderNumber ?? "",
            ["tracking_url"] = order is { Parcels.Count: > 0 } ? order.Parcels[^1].TrackingUrl ?? "" : "",
            ["return_url"] = order is null ? "" : $"{site.Value.Base}/{ticket.Language}/returns?order={Uri.EscapeDataString(order.Number)}",
        });
        return (await template.RenderAsync(context, NullEncoder.Default)).Trim();
    }
}
