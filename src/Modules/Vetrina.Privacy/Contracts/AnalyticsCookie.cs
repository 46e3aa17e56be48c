namespace Vetrina.Privacy.Contracts;

/// <summary>
/// The analytics visitor cookie: set only with analytics consent (by the collector, first party, HttpOnly), kept 13
/// months as the CNIL allows for audience measurement, and removed the moment analytics consent is withdrawn.
/// </summary>
public static class AnalyticsCookie
{
    public const string Name = "vetrina_vid";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(395);
}
