namespace Vetrina.EmailMarketing.Contracts;

/// <summary>Where a visitor's request to subscribe (or to stop) came from, kept as proof.</summary>
public sealed record Requester(string Source, string? IpAddress, string? UserAgent);
