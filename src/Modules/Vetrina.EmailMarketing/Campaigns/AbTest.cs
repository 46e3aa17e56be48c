namespace Vetrina.EmailMarketing.Campaigns;

/// <summary>The A/B rule: the subject with the higher unique open rate among delivered emails wins; machine opens do not count; a tie goes to A.</summary>
internal static class AbTest
{
    public sealed record Arm(int Delivered, int HumanOpens)
    {
        public double Rate => Delivered == 0 ? 0 : (double)HumanOpens / Delivered;
    }

    public static char Winner(Arm a, Arm b) => b.Rate > a.Rate ? 'B' : 'A';
}
