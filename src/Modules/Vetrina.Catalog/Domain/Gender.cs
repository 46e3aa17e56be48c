namespace Vetrina.Catalog.Domain;

public enum Gender
{
    Women,
    Men,
    Unisex,
}
