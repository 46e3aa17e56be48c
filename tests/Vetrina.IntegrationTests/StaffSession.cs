using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Vetrina.IntegrationTests;

/// <summary>A browser-like session in the back office: cookies, antiforgery tokens read from each form's page.</summary>
public sealed partial class StaffSession(VetrinaApp app, Uri? baseAddress = null)
{
    public HttpClient Client { get; } = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = baseAddress ?? new Uri("http://localhost") });

    public static async Task<StaffSession> SignInAsync(VetrinaApp app, string email, string password)
    {
        var session = new StaffSession(app);
        var response = await session.SubmitAsync("/admin/sign-in", null, new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    /// <summary>Creates a staff account straight in the store, as an admin would under Staff.</summary>
    public static async Task<string> CreateStaffAsync(VetrinaApp app, string role, string password = "a long test password")
    {
        var email = $"{role}-{Guid.NewGuid():N}@vetrina.test";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return email;
    }

    /// <summary>A client calling the API with a fresh staff API token of the role.</summary>
    public static async Task<HttpClient> ApiClientAsync(VetrinaApp app, string role)
    {
        var (token, secret) = Admin.ApiTokens.ApiToken.Issue($"test-{Guid.NewGuid():N}", role, "test", DateTimeOffset.UtcNow, null);
        await app.WithDbAsync(db =>
        {
            db.Add(token);
            return db.SaveChangesAsync();
        });
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>Loads the form's page for a fresh antiforgery token, then posts the fields to the handler.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, string? handler, Dictionary<string, string> fields)
    {
        var html = await Client.GetStringAsync(page);
        var token = Token().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {page}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        var target = handler is null ? page : $"{page}{(page.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
        return await Client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts a multipart form with one file, as a browser's file input does.</summary>
    public Task<HttpResponseMessage> UploadAsync(string page, string fileField, string fileName, string content, Dictionary<string, string> fields) =>
        UploadAsync(page, null, fileField, fileName, System.Text.Encoding.UTF8.GetBytes(content), fields);

    public async Task<HttpResponseMessage> UploadAsync(string page, string? handler, string fileField, string fileName, byte[] content,
        Dictionary<string, string> fields)
    {
        var html = await Client.GetStringAsync(page);
        var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), fileField, fileName },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return await Client.PostAsync(handler is null ? page : $"{page}?handler={handler}", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
