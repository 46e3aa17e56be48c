using Vetrina.Kernel;

namespace Vetrina.UnitTests;

public sealed class TextTests
{
    [Theory]
    [InlineData("Maglione girocollo Brera in lana merino", "maglione-girocollo-brera-in-lana-merino")]
    [InlineData("Crêpe  dress — Côte d'Azur", "crepe-dress-cote-d-azur")]
    [InlineData("브레라 메리노 울 크루넥 스웨터", "브레라-메리노-울-크루넥-스웨터")]
    public void Slug_IsReadableInEveryLanguage(string text, string expected) => Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void LocalizedText_FallsBackToEnglish()
    {
        var text = new LocalizedText("Sweater", "Maglione");
        Assert.Equal("Maglione", text.Get("it"));
        Assert.Equal("Sweater", text.Get("ko"));
        Assert.False(text.Has("ko"));
    }

    [Theory]
    [InlineData("8059000000017", true)]
    [InlineData("8059000000011", false)]
    [InlineData("4006381333931", true)]
    [InlineData("400638133393", false)]
    [InlineData("abcdefghijklm", false)]
    public void Gtin_ChecksTheGs1CheckDigit(string gtin, bool valid) => Assert.Equal(valid, Gtin.IsValid(gtin));
}
