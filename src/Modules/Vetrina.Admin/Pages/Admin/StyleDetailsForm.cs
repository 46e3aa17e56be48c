using Vetrina.Catalog.Domain;

namespace Vetrina.Admin.Pages.Admin;

/// <summary>What the shared style-details fields need: the posted values and the choices for the selects.</summary>
public sealed record StyleDetailsForm(StyleDetailsInput Input, IReadOnlyList<Category> Categories, IReadOnlyList<Season> Seasons);
