namespace Vetrina.Catalog.Contracts;

/// <summary>The colour a shopper filters by; a colourway's own name ("Notte", "Cammello") is free text.</summary>
public enum ColourFamily
{
    Black,
    White,
    Grey,
    Navy,
    Blue,
    Green,
    Red,
    Pink,
    Beige,
    Brown,
    Yellow,
    Orange,
    Purple,
    Multi,
}
