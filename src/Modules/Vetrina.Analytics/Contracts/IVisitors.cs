using Microsoft.AspNetCore.Http;
using Vetrina.Kernel;

namespace Vetrina.Analytics.Contracts;

/// <summary>Who is visiting, as analytics counts them, for a page that records something a visitor did (an order credits their sessions).</summary>
public interface IVisitors
{
    /// <summary>The request's visitor; sets (or, once consent is withdrawn, deletes) the visitor cookie on the response.</summary>
    ValueTask<Visitor> ResolveAsync(HttpContext http, CancellationToken cancellationToken);
}
