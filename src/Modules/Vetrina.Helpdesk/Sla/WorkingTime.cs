namespace Vetrina.Helpdesk.Sla;

/// <summary>Working time as agents read it: "45 min", "2 h 30 min", "3 h".</summary>
internal static class WorkingTime
{
    public static string Format(double seconds)
    {
        var minutes = (long)Math.Round(seconds / 60);
        return minutes < 60 ? $"{minutes} min" : minutes % 60 == 0 ? $"{minutes / 60} h" : $"{minutes / 60} h {minutes % 60} min";
    }
}
