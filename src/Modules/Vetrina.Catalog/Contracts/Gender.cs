namespace Vetrina.Catalog.Contracts;

public enum Gender
{
    Women,
    Men,
    Unisex,
}
