using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Admin.Contracts;
using Vetrina.Admin.Staff;
using Vetrina.Kernel.Security;

namespace Vetrina.Admin.Pages.Admin;

[Authorize(Policy = StaffPolicies.Administer)]
internal sealed class StaffModel(StaffDirectory staff) : AdminPageModel
{
    public IReadOnlyList<StaffMember> Members { get; private set; } = [];

    /// <summary>The first password of an account just created, shown once.</summary>
    public string? NewPassword { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the person's work email.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@brand.com.")]
    public string? Email { get; set; }

    [BindProperty]
    public string Role { get; set; } = StaffRoles.EcommerceManager;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Members = await staff.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (password, errors) = await staff.CreateAsync(Actor, Email!, Role);
            foreach (var error in errors)
            {
                ModelState.AddModelError(nameof(Email), error);
            }

            NewPassword = password;
        }

        Members = await staff.ListAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostRoleAsync(string id, string role) => Apply(staff.ChangeRoleAsync(Actor, id, role), "Role changed.");

    public Task<IActionResult> OnPostUnlockAsync(string id) => Apply(staff.UnlockAsync(Actor, id), "Account unlocked.");

    public Task<IActionResult> OnPostRemoveAsync(string id) => Apply(staff.RemoveAsync(Actor, id), "Account removed.");

    private async Task<IActionResult> Apply(Task<IReadOnlyList<string>> change, string done)
    {
        var errors = await change;
        Flash(errors.Count == 0 ? done : string.Join(" ", errors));
        return RedirectToPage();
    }
}
