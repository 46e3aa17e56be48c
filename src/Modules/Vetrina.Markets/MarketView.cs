using System.ComponentModel;
using Vetrina.Kernel;

namespace Vetrina.Markets;

/// <summary>What other modules need to know of a market; immutable so it can be cached and shared.</summary>
[ImmutableObject(true)]
public sealed record MarketView(string Code, LocalizedText Name, Currency Currency, VatRate Vat, string DefaultLanguage, IReadOnlyList<string> Countries);

/// <summary>
/// The markets as one cached value. Immutable and sealed, so HybridCache hands out the same instance from memory instead
/// of deserialising a copy on every read.
/// </summary>
[ImmutableObject(true)]
public sealed record MarketList(IReadOnlyList<MarketView> Items);
