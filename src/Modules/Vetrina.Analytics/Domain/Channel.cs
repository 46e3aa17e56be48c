namespace Vetrina.Analytics.Domain;

/// <summary>GA4's default channel group, as Vetrina groups sessions (docs/kpis.md); influencers count as affiliates.</summary>
internal enum Channel : byte
{
    Direct = 0,
    OrganicSearch = 1,
    PaidSearch = 2,
    OrganicSocial = 3,
    PaidSocial = 4,
    Email = 5,
    Affiliates = 6,
    Referral = 7,
    Display = 8,
    PaidOther = 9,

    /// <summary>Tagged in a way no rule recognises, or a purchase with no visit before it (an API order, say).</summary>
    Unassigned = 10,
}
