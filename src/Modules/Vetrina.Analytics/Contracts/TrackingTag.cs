using Vetrina.Analytics.Tracking;

namespace Vetrina.Analytics.Contracts;

/// <summary>What a page puts in its head to be measured.</summary>
public static class TrackingTag
{
    /// <summary>Where pages load the tracking script from: a versioned address that browsers may keep for a year.</summary>
    public static string ScriptPath => TrackingScript.Path;
}
