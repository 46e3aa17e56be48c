using Vetrina.Catalog.Domain;

namespace Vetrina.Catalog.Pages.Admin;

/// <summary>What the shared style-details fields need: the posted values and the choices for the selects.</summary>
internal sealed record StyleDetailsForm(StyleDetailsInput Input, IReadOnlyList<Category> Categories, IReadOnlyList<Season> Seasons);
