using Microsoft.AspNetCore.Routing;
using Vetrina.Admin.Contracts;

namespace Vetrina.Admin.Pages;

/// <summary>The back office's own scripts: the vendored Chart.js (MIT, see Assets/chart.js.LICENSE.md) and the dashboards' script that draws with it.</summary>
internal static class AdminAssets
{
    private static readonly Dictionary<string, EmbeddedScript> Scripts = new(StringComparer.Ordinal)
    {
        ["chart.js"] = new(typeof(AdminAssets).Assembly, "chart.umd.min.js", "/admin/assets/chart.js"),
        ["dashboard.js"] = new(typeof(AdminAssets).Assembly, "dashboard.js", "/admin/assets/dashboard.js"),
    };

    public static string PathOf(string name) => Scripts[name].Src;

    public static IEndpointRouteBuilder MapAdminAssets(this IEndpointRouteBuilder app)
    {
        foreach (var script in Scripts.Values)
        {
            script.MapTo(app);
        }

        return app;
    }
}
