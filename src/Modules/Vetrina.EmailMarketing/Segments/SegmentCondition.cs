using System.Globalization;
using System.Text.Json;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.Kernel;

namespace Vetrina.EmailMarketing.Segments;

/// <summary>
/// One rule of a segment. A segment is the contacts matching all of its rules, where a rule marked <see cref="Or"/>
/// joins the rule before it as an alternative: "A, B, or C, D" is A and (B or C) and D. <see cref="Field"/> names what
/// is tested, <see cref="Operator"/> how, <see cref="Values"/> against what:
/// <list type="bullet">
/// <item>profile: <c>email</c> (ends-with: a domain), <c>country</c>, <c>language</c>, <c>consent</c> (in / not-in), <c>list</c> (in: list ids), <c>signed-up</c>
/// (within-days / before-days), <c>birthday-month</c> (in: 1–12);</item>
/// <item>orders: <c>orders</c>, <c>revenue</c> (EUR) (at-least / at-most), <c>last-order</c> (within-days / before-days),
/// <c>rfm</c> (in: the named groups of <see cref="RfmScores"/>);</item>
/// <item>behaviour: <c>bought</c> / <c>not-bought</c> with values "category:KNIT", "season:FW25", "size:M", "style:JK-001",
/// "within-days:90" (all given must hold for one order line); <c>carted</c> (a signed-in customer's bag holds such a
/// line, changed within the days) and <c>viewed</c> (the customer, signed in, viewed such a product within the days;
/// sizes do not apply to views).</item>
/// </list>
/// </summary>
internal sealed record SegmentCondition(string Field, string Operator, IReadOnlyList<string> Values, bool Or = false)
{
    public static readonly IReadOnlyDictionary<string, string[]> Operators = new Dictionary<string, string[]>
    {
        ["email"] = ["ends-with"],
        ["country"] = ["in", "not-in"],
        ["language"] = ["in", "not-in"],
        ["consent"] = ["in", "not-in"],
        ["list"] = ["in"],
        ["signed-up"] = ["within-days", "before-days"],
        ["birthday-month"] = ["in"],
        ["orders"] = ["at-least", "at-most"],
        ["revenue"] = ["at-least", "at-most"],
        ["last-order"] = ["within-days", "before-days"],
        ["rfm"] = ["in", "not-in"],
        ["bought"] = ["matching"],
        ["not-bought"] = ["matching"],
        ["carted"] = ["matching"],
        ["viewed"] = ["matching"],
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(IReadOnlyList<SegmentCondition> conditions) => JsonSerializer.Serialize(conditions, Json);

    public static IReadOnlyList<SegmentCondition> Deserialize(string json) => JsonSerializer.Deserialize<List<SegmentCondition>>(json, Json) ?? [];

    /// <summary>What is wrong with the rules, keyed by the rule's position ("0", "1"…); empty when they can be run.</summary>
    public static IReadOnlyDictionary<string, string> Validate(IReadOnlyList<SegmentCondition> conditions)
    {
        var errors = new Dictionary<string, string>();
        for (var i = 0; i < conditions.Count; i++)
        {
            if (Check(conditions[i]) is { } error)
            {
                errors[i.ToString(CultureInfo.InvariantCulture)] = error;
            }
        }

        if (conditions.Count > 20)
        {
            errors["conditions"] = "A segment takes at most 20 rules.";
        }

        return errors;
    }

    internal int Number(int index = 0) => int.Parse(Values[index], NumberStyles.Integer, CultureInfo.InvariantCulture);

    internal decimal Amount() => decimal.Parse(Values[0], NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string? Check(SegmentCondition condition)
    {
        if (!Operators.TryGetValue(condition.Field ?? "", out var operators))
        {
            return $"Unknown field '{condition.Field}'. Use one of: {string.Join(", ", Operators.Keys)}.";
        }

        if (!operators.Contains(condition.Operator))
        {
            return $"'{condition.Field}' takes {string.Join(" or ", operators)}, not '{condition.Operator}'.";
        }

        var values = condition.Values ?? [];
        if (values.Count == 0 || values.Any(string.IsNullOrWhiteSpace))
        {
            return $"Give '{condition.Field}' a value.";
        }

        return condition.Field switch
        {
            "country" when values.Any(v => v.Length != 2 || !v.All(char.IsAsciiLetterUpper)) => "Countries are two capital letters (IT, KR).",
            "language" when values.Any(v => !Languages.IsSupported(v)) => $"Languages are {string.Join(", ", Languages.All)}.",
            "consent" when values.Any(v => !Enum.TryParse<EmailConsent>(v.Replace("-", "", StringComparison.Ordinal), true, out _)) =>
                "Consent is none, pending, subscribed, soft-opt-in or unsubscribed.",
            "rfm" when values.Any(v => !RfmScores.Segments.Contains(v)) => $"RFM groups are {string.Join(", ", RfmScores.Segments)}.",
            "list" or "signed-up" or "orders" or "last-order" when values.Any(v => !int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _)) =>
                $"'{condition.Field}' takes a whole number.",
            "birthday-month" when values.Any(v => !int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12) =>
                "Months are 1 to 12.",
            "revenue" when !decimal.TryParse(values[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0 =>
                "Revenue is an amount in EUR, like 250 or 99.90.",
            "bought" or "not-bought" or "carted" or "viewed" when values.Any(v => BoughtFilter.Check(v) is not null) =>
                values.Select(BoughtFilter.Check).First(e => e is not null),
            _ => null,
        };
    }
}
