using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace Vetrina.EmailMarketing.Templates;

/// <summary>
/// Liquid (Fluid) for email: templates are parsed once per campaign and language and rendered per recipient. Values
/// printed into the HTML body are HTML-encoded; the subject is plain text. A template may not loop forever: rendering
/// stops after <see cref="MaxSteps"/> steps.
/// </summary>
internal static class TemplateRenderer
{
    public const int MaxSteps = 200_000;

    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new() { MaxSteps = MaxSteps };
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The parsed template, or the parser's message saying where the template is wrong.</summary>
    public static (IFluidTemplate? Template, string? Error) Parse(string source) =>
        Parser.TryParse(source, out var template, out var error) ? (template, null) : (null, error);

    public static string RenderHtml(IFluidTemplate template, MessageModel model) => template.Render(Context(model), Html);

    public static string RenderText(IFluidTemplate template, MessageModel model) => template.Render(Context(model), NullEncoder.Default);

    private static TemplateContext Context(MessageModel model)
    {
        var context = new TemplateContext(Options);
        context.SetValue("contact", new Dictionary<string, object>
        {
            ["email"] = model.Email,
            ["first_name"] = model.FirstName ?? "",
            ["last_name"] = model.LastName ?? "",
            ["language"] = model.Language,
            ["country"] = model.Country,
        });
        context.SetValue("shop", new Dictionary<string, object> { ["name"] = model.ShopName, ["url"] = model.ShopUrl });
        context.SetValue("unsubscribe_url", model.UnsubscribeUrl);
        context.SetValue("products", model.Products.Select(p => new Dictionary<string, object>
        {
            ["code"] = p.Code,
            ["name"] = p.Name,
            ["price"] = p.Price,
            ["was_price"] = p.WasPrice ?? "",
            ["url"] = p.Url,
            ["image"] = p.Image ?? "",
            ["image_alt"] = p.ImageAlt ?? p.Name,
        }).ToList());
        foreach (var (name, value) in model.Extra ?? new Dictionary<string, object?>())
        {
            context.SetValue(name, value);
        }

        return context;
    }
}
