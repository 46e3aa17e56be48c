using Vetrina.Analytics.Domain;

namespace Vetrina.Analytics.Reporting;

/// <summary>The five attribution models of docs/kpis.md.</summary>
internal enum AttributionModel
{
    LastClick,
    FirstClick,
    Linear,
    PositionBased,
    TimeDecay,
}

/// <summary>A session before an order: when, and where it came from.</summary>
internal sealed record Touchpoint(DateTimeOffset At, Channel Channel, string? Campaign);

/// <summary>How each model spreads one order over the sessions that led to it (oldest first). The credits add up to 1.</summary>
internal static class Attribution
{
    public static readonly TimeSpan HalfLife = TimeSpan.FromDays(7);

    public static IReadOnlyList<AttributionModel> Models { get; } = Enum.GetValues<AttributionModel>();

    public static double[] Credit(AttributionModel model, IReadOnlyList<Touchpoint> touches, DateTimeOffset convertedAt)
    {
        var n = touches.Count;
        var credit = new double[n];
        if (n == 0)
        {
            return credit;
        }

        switch (model)
        {
            case AttributionModel.LastClick:
                // GA4's last click ignores direct visits when there is anything else.
                var last = Enumerable.Range(0, n).Reverse().FirstOrDefault(i => touches[i].Channel != Channel.Direct, n - 1);
                credit[last] = 1;
                break;
            case AttributionModel.FirstClick:
                credit[0] = 1;
                break;
            case AttributionModel.Linear:
                Array.Fill(credit, 1.0 / n);
                break;
            case AttributionModel.PositionBased when n == 1:
                credit[0] = 1;
                break;
            case AttributionModel.PositionBased when n == 2:
                credit[0] = credit[1] = 0.5;
                break;
            case AttributionModel.PositionBased:
                Array.Fill(credit, 0.2 / (n - 2));
                credit[0] = credit[n - 1] = 0.4;
                break;
            case AttributionModel.TimeDecay:
                for (var i = 0; i < n; i++)
                {
                    credit[i] = Math.Pow(2, -(convertedAt - touches[i].At) / HalfLife);
                }

                var sum = credit.Sum();
                for (var i = 0; i < n; i++)
                {
                    credit[i] /= sum;
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(model), model, null);
        }

        return credit;
    }
}
