namespace Vetrina.Catalog.Contracts;

/// <summary>Size systems a shopper may read. INT is the letter scale (XS to XXL); KR shoes are foot length in mm.</summary>
public enum SizeSystem
{
    Intl,
    It,
    Eu,
    Fr,
    Uk,
    Us,
    Kr,
}
