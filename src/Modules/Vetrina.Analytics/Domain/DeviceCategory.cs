namespace Vetrina.Analytics.Domain;

/// <summary>GA4's device categories.</summary>
internal enum DeviceCategory : byte
{
    Desktop = 0,
    Mobile = 1,
    Tablet = 2,

    /// <summary>Server-side events of a purchase no browser visit led to (GA4: "(not set)").</summary>
    Unknown = 3,
}
