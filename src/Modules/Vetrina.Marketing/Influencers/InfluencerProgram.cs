namespace Vetrina.Marketing.Influencers;

/// <summary>Which touch earns the order when a code and a link name different influencers.</summary>
internal enum ConflictRule
{
    /// <summary>The code typed at checkout wins: the shopper chose it last (as Shopify Collabs does).</summary>
    CodeWins,

    /// <summary>The link the shopper arrived by wins.</summary>
    LinkWins,
}

/// <summary>The rules of the influencer programme, one row: how long a link click counts, and the conflict rule.</summary>
internal sealed class InfluencerProgram
{
    public const int Id = 1;

    public int Key { get; private set; } = Id;

    /// <summary>A link click earns orders placed this many days after it.</summary>
    public int CookieDays { get; private set; } = 30;

    public ConflictRule Conflict { get; private set; } = ConflictRule.CodeWins;

    public void Change(int cookieDays, ConflictRule conflict)
    {
        CookieDays = cookieDays;
        Conflict = conflict;
    }
}
