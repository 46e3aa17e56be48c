namespace Vetrina.Catalog.Domain;

/// <summary>A business rule said no; the message is written for the person who asked.</summary>
internal sealed class DomainException(string message) : Exception(message);
