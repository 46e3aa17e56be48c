namespace Vetrina.Catalog.Domain;

/// <summary>A business rule said no; the message is written for the person who asked.</summary>
public sealed class DomainException(string message) : Exception(message);
