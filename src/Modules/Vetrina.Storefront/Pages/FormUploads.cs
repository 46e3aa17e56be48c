using Microsoft.AspNetCore.Http;
using Vetrina.Helpdesk.Contracts;

namespace Vetrina.Storefront.Pages;

/// <summary>A form's chosen files opened for customer service, closed together once the request is done.</summary>
internal sealed class FormUploads : IDisposable
{
    private readonly List<Stream> streams = [];

    public FormUploads(IEnumerable<IFormFile> files)
    {
        // An empty file input still posts a part of length 0: nothing was chosen.
        foreach (var file in files.Where(f => f.Length > 0))
        {
            var stream = file.OpenReadStream();
            streams.Add(stream);
            Uploads.Add(new Upload(stream, file.FileName, file.Length));
        }
    }

    public List<Upload> Uploads { get; } = [];

    public void Dispose() => streams.ForEach(s => s.Dispose());
}
