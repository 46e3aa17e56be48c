namespace Vetrina.Catalog.Contracts;

/// <summary>A body measurement a size chart gives per size, in centimetres: what a shopper measures to choose a size.</summary>
public enum BodyMeasure
{
    Chest,
    Waist,
    Hips,
    InsideLeg,
    FootLength,
}
