using Vetrina.Analytics.Domain;

namespace Vetrina.Analytics.Aggregation;

/// <summary>Where a session came from: its source, medium and campaign, and the channel they group into.</summary>
internal sealed record Touch(Channel Channel, string Source, string Medium, string? Campaign)
{
    public static readonly Touch Direct = new(Channel.Direct, "(direct)", "(none)", null);
}
