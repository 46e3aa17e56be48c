namespace Vetrina.Catalog.Contracts;

public sealed record FibreShare(Fibre Fibre, int Percent);
