namespace Vetrina.Admin.Contracts;

/// <summary>
/// An entry of the back office's menu, registered by the module that owns the page
/// (<see cref="BackOfficeServiceCollectionExtensions.AddBackOfficeLink"/>). Staff see it when the policy lets them in.
/// </summary>
/// <param name="Group">One of <see cref="BackOfficeGroups"/>: the menu's groups open in place.</param>
/// <param name="Order">Position within the group, smallest first.</param>
public sealed record BackOfficeLink(string Group, string Title, string Href, string Policy, int Order);

/// <summary>The menu's groups, in the order the menu shows them.</summary>
public static class BackOfficeGroups
{
    public const string Catalogue = "Catalogue";
    public const string Marketing = "Marketing";
    public const string Orders = "Orders";
    public const string Service = "Customer service";
    public const string Settings = "Settings";

    public static readonly IReadOnlyList<string> All = [Catalogue, Marketing, Orders, Service, Settings];
}
