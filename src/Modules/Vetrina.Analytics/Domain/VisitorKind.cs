namespace Vetrina.Analytics.Domain;

/// <summary>Where a visitor id comes from, which says how far it can be followed.</summary>
public enum VisitorKind : byte
{
    /// <summary>No analytics consent: a hash that changes every day, so a visitor is never followed across days.</summary>
    Cookieless = 0,

    /// <summary>Analytics consent: the first-party visitor cookie.</summary>
    Cookie = 1,

    /// <summary>An integration's own client id (Measurement Protocol style).</summary>
    Client = 2,
}
