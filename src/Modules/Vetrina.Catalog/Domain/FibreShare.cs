namespace Vetrina.Catalog.Domain;

public sealed record FibreShare(Fibre Fibre, int Percent);
