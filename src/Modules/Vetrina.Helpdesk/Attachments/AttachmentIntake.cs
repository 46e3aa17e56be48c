using Microsoft.Extensions.Options;
using Vetrina.Catalog.Contracts;
using Vetrina.Helpdesk.Domain;

namespace Vetrina.Helpdesk.Attachments;

/// <summary>
/// What a file sent to customer service becomes: a photo is decoded and re-encoded like the catalogue's images (only
/// real pictures pass, and nothing they carried besides pixels, such as a GPS position, is kept); a document is kept
/// only if its content is of a type on the allow list; anything larger than the limit is refused.
/// </summary>
internal sealed class AttachmentIntake(IMediaLibrary media, IOptions<HelpdeskOptions> options)
{
    public const int MaxFileName = 200;

    /// <summary>Small pictures (a scanned label, a screenshot) are still useful; a 1-pixel tracker is not.</summary>
    public const int MinSide = 32;

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();

    /// <param name="photosOnly">Where the shopper was asked for photos (the contact form): documents are refused too.</param>
    /// <returns>The attachment, or a sentence for staff saying why it was not kept.</returns>
    public async Task<(TicketAttachment? Attachment, string? Refusal)> PrepareAsync(Stream content, string fileName, long length, bool photosOnly,
        CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        name = name.Length == 0 ? "attachment" : name.Length > MaxFileName ? name[^MaxFileName..] : name;
        var limit = options.Value.MaxAttachmentBytes;
        if (length > limit)
        {
            return (null, $"“{name}” is {length / 1024.0 / 1024:0.#} MB; files up to {limit / 1024 / 1024} MB are kept.");
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (!photosOnly && bytes.AsSpan().StartsWith(PdfSignature) && options.Value.AllowedDocuments.Contains("pdf", StringComparer.OrdinalIgnoreCase))
        {
            return (new TicketAttachment(Path.ChangeExtension(name, ".pdf"), "application/pdf", bytes), null);
        }

        var (image, error) = await media.PrepareImageAsync(new MemoryStream(bytes), name, bytes.LongLength, MinSide, cancellationToken);
        return image is null
            ? (null, $"“{name}” was not kept: {(photosOnly ? "" : "it is neither a photo nor a document type on the list (PDF); ")}{error}")
            : (new TicketAttachment(Path.ChangeExtension(name, ".webp"), "image/webp", image.Webp), null);
    }
}
