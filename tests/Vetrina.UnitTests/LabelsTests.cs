using System.ComponentModel.DataAnnotations;
using Vetrina.Kernel;

namespace Vetrina.UnitTests;

public sealed class LabelsTests
{
    public enum Sample
    {
        PartiallyShipped,
        OrganicSearch,
        SEOAudit,
        Email,
        [Display(Name = "Soft opt-in")]
        SoftOptIn,
    }

    [Flags]
    private enum Steps
    {
        None = 0,
        ViewItem = 1,
        AddToCart = 2,
    }

    [Theory]
    [InlineData(Sample.PartiallyShipped, "Partially shipped")]
    [InlineData(Sample.OrganicSearch, "Organic search")]
    [InlineData(Sample.SEOAudit, "SEO audit")]
    [InlineData(Sample.Email, "Email")]
    [InlineData(Sample.SoftOptIn, "Soft opt-in")]
    public void AnEnumValue_ReadsAsWords(Sample value, string label) => Assert.Equal(label, value.Label());

    [Fact]
    public void Flags_ReadAsTheirWords() => Assert.Equal("View item, Add to cart", (Steps.ViewItem | Steps.AddToCart).Label());
}
