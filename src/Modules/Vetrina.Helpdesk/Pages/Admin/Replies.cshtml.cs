using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Admin.Contracts;
using Vetrina.Helpdesk.Domain;
using Vetrina.Helpdesk.Replies;
using Vetrina.Kernel.Security;

namespace Vetrina.Helpdesk.Pages.Admin;

/// <summary>The canned replies agents insert into answers, per language, in Liquid.</summary>
[Authorize(Policy = StaffPolicies.ServiceAnswer)]
internal sealed class RepliesModel(CannedReplies replies) : AdminPageModel
{
    public IReadOnlyList<CannedReply> Replies { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Language { get; set; } = "en";

    [BindProperty]
    public string? Body { get; set; }

    public Dictionary<string, string> Errors { get; private set; } = [];

    public ILookup<int, CannedReplies.FileView> Files { get; private set; } = Array.Empty<CannedReplies.FileView>().ToLookup(f => f.ReplyId);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Replies.FirstOrDefault(r => r.Id == Id) is { } editing)
        {
            (Title, Language, Body) = (editing.Title, editing.Language, editing.Body);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Errors = await replies.SaveAsync(Id, Title, Language, Body, Actor, cancellationToken);
        if (Errors.Count == 0)
        {
            Flash($"Canned reply “{Title?.Trim()}” saved.");
            return Redirect("/admin/service/replies");
        }

        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostFileAsync(int id, IFormFile? file, CancellationToken cancellationToken)
    {
        string? error;
        if (file is null || file.Length == 0)
        {
            error = "Choose a photo or a PDF to send with this reply.";
        }
        else
        {
            await using var content = file.OpenReadStream();
            error = await replies.AddFileAsync(id, new Contracts.Upload(content, file.FileName, file.Length), cancellationToken);
        }

        if (error is null)
        {
            Flash($"“{file!.FileName}” is sent with this reply from now on.");
            return Redirect($"/admin/service/replies?id={id}");
        }

        Id = id;
        await OnGetAsync(cancellationToken);
        Errors["File"] = error;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(int id, long file, CancellationToken cancellationToken)
    {
        await replies.RemoveFileAsync(id, file, cancellationToken);
        Flash("File removed from the reply.");
        return Redirect($"/admin/service/replies?id={id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int delete, CancellationToken cancellationToken)
    {
        await replies.DeleteAsync(delete, cancellationToken);
        Flash("Canned reply deleted.");
        return Redirect("/admin/service/replies");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Replies = await replies.AllAsync(cancellationToken);
        Files = await replies.FilesAsync(cancellationToken);
        ViewData["Title"] = "Canned replies";
    }
}
