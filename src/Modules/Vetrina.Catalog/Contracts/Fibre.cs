namespace Vetrina.Catalog.Contracts;

/// <summary>Fibre names of EU Regulation 1007/2011 (and leather, which the regulation leaves to its own labelling).</summary>
public enum Fibre
{
    Wool,
    Cashmere,
    Alpaca,
    Mohair,
    Silk,
    Cotton,
    Linen,
    Viscose,
    Lyocell,
    Polyamide,
    Polyester,
    Elastane,
    Acetate,
    Leather,
    Rubber,
}
