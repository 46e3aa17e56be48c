using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Vetrina.Admin.Contracts;

namespace Vetrina.Admin.Pages.Admin;

[Authorize]
internal sealed class DeniedModel : AdminPageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
