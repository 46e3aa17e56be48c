using Vetrina.Helpdesk.Search;

namespace Vetrina.UnitTests;

/// <summary>The words tickets are indexed and searched by, in Italian, Korean and English.</summary>
public sealed class SearchTermsTests
{
    [Fact]
    public void LatinWords_AreLowerCase_WithoutAccents()
    {
        Assert.Equal(["vorrei", "il", "rimborso", "perche", "la", "taglia", "e", "sbagliata"], SearchTerms.Of("Vorrei il RIMBORSO, perché la taglia è sbagliata!"));
    }

    [Fact]
    public void Hangul_IsIndexedAsPairsOfSyllables_SoAWordFindsItWithItsParticle()
    {
        Assert.Equal(["환불", "불을", "요청", "청합", "합니", "니다"], SearchTerms.Of("환불을 요청합니다."));
        Assert.Equal(["환불"], SearchTerms.Of("환불"));
        Assert.Subset(SearchTerms.Of("환불을 요청합니다.").ToHashSet(), SearchTerms.Of("환불").ToHashSet());
    }

    [Fact]
    public void Scripts_SplitWhereTheyMeet_AndLongWordsAreCut()
    {
        Assert.Equal(["vt", "100042", "의", "배송"], SearchTerms.Of("VT-100042의 배송"));
        Assert.Equal(new string('a', SearchTerms.MaxLength), Assert.Single(SearchTerms.Of(new string('a', 100))));
        Assert.Empty(SearchTerms.Of("  — !! "));
    }
}
