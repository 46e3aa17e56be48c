namespace Vetrina.Inventory;

/// <summary>One online location's balance of a SKU, as the stock read path loads it.</summary>
internal sealed record SkuLevel(int SkuId, int OnHand, int Reserved, int BackorderLimit, DateOnly? ExpectedOn);
