using System.Text.RegularExpressions;
using Vetrina.Kernel;

namespace Vetrina.Catalog.Domain;

/// <summary>A selling season (SS26, FW26) or the carry-over line that outlives seasons.</summary>
internal sealed partial class Season
{
    public const string CarryOverCode = "CO";

    private Season()
    {
        Code = null!;
        Name = null!;
    }

    public Season(string code, LocalizedText name, DateOnly startsOn, DateOnly endsOn)
    {
        if (code != CarryOverCode && !CodePattern().IsMatch(code))
        {
            throw new DomainException($"'{code}' is not a season code like SS26 or FW26.");
        }

        if (endsOn <= startsOn)
        {
            throw new DomainException("A season ends after it starts.");
        }

        Code = code;
        Name = name;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public LocalizedText Name { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public bool IsCarryOver => Code == CarryOverCode;

    [GeneratedRegex("^(SS|FW|PF|RE)[0-9]{2}$")]
    private static partial Regex CodePattern();
}
