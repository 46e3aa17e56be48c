using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Vetrina.Admin.Pages.Admin;

[Authorize]
public sealed class DeniedModel : AdminPageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
