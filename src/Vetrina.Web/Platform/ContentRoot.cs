namespace Vetrina.Web.Platform;

/// <summary>
/// Where the app reads its appsettings from. By default ASP.NET Core takes the working directory, so a node started
/// from elsewhere (systemd, a script) silently ran without its settings; the app's own folder is the default here,
/// and an explicit <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c> still wins.
/// </summary>
internal static class ContentRoot
{
    public static string? Of(string[] args)
    {
        var given = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[WebHostDefaults.ContentRootKey];
        return string.IsNullOrEmpty(given) ? AppContext.BaseDirectory : null;
    }
}
