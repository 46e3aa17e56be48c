using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Vetrina.IntegrationTests;

/// <summary>
/// A real HTTP server on a free loopback port for the outside services tests stand in for (a webhook receiver, Stripe):
/// each request's body is read and handed to <paramref name="handle"/>, whose status and JSON go back.
/// </summary>
public sealed class LoopbackHttpServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<HttpListenerRequest, string, (int Status, string Json)> handle;

    public LoopbackHttpServer(Func<HttpListenerRequest, string, (int Status, string Json)> handle)
    {
        this.handle = handle;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(Url + "/");
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public void Dispose() => listener.Close();

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var (status, json) = handle(context.Request, await reader.ReadToEndAsync());
            var bytes = Encoding.UTF8.GetBytes(json);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
