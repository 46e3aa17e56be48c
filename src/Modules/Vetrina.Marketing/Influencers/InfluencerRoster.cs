using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Promotions.Contracts;

namespace Vetrina.Marketing.Influencers;

internal sealed record InfluencerInput(string? Handle, string? Name, string? Email, string? Networks, string? DiscountCode, decimal? NewCustomerPercent,
    decimal? ReturningCustomerPercent);

/// <summary>Influencers and the programme's rules as staff set them, checked field by field.</summary>
internal sealed partial class InfluencerRoster(VetrinaDbContext db, IDiscountCodes discountCodes, TimeProvider clock)
{
    public async Task<(Influencer? Influencer, IReadOnlyDictionary<string, string> Errors)> AddAsync(InfluencerInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var handle = input.Handle?.Trim().TrimStart('@').ToLowerInvariant() ?? "";
        if (!Handle().IsMatch(handle))
        {
            errors["Handle"] = "A handle is 2 to 40 lower-case letters, digits, dots, dashes or underscores, like giulia.style.";
        }
        else if (await db.Set<Influencer>().AnyAsync(i => i.Handle == handle, cancellationToken))
        {
            errors["Handle"] = "Another influencer has this handle.";
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 100)
        {
            errors["Name"] = "Give their name, up to 100 characters.";
        }

        if (string.IsNullOrWhiteSpace(input.Email) || !input.Email.Contains('@', StringComparison.Ordinal) || input.Email.Length > 254)
        {
            errors["Email"] = "Give the email address statements go to.";
        }

        var code = string.IsNullOrWhiteSpace(input.DiscountCode) ? null : input.DiscountCode.Trim().ToUpperInvariant();
        if (code is not null)
        {
            if (!await discountCodes.ExistsAsync(code, cancellationToken))
            {
                errors["DiscountCode"] = $"No discount code {code} exists: make it under Discounts first.";
            }
            else if (await db.Set<Influencer>().AnyAsync(i => i.DiscountCode == code, cancellationToken))
            {
                errors["DiscountCode"] = "Another influencer has this code.";
            }
        }

        foreach (var (field, percent) in new[] { ("NewCustomerPercent", input.NewCustomerPercent), ("ReturningCustomerPercent", input.ReturningCustomerPercent) })
        {
            if (percent is not (>= 0 and <= 50))
            {
                errors[field] = "A commission is 0 to 50 percent of net sales.";
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var influencer = new Influencer(handle, input.Name!.Trim(), input.Email!.Trim(), input.Networks?.Trim(), code,
            BasisPoints(input.NewCustomerPercent!.Value), BasisPoints(input.ReturningCustomerPercent!.Value), clock.GetUtcNow());
        db.Add(influencer);
        await db.SaveChangesAsync(cancellationToken);
        return (influencer, errors);
    }

    public async Task<InfluencerProgram> ProgramAsync(CancellationToken cancellationToken)
    {
        var program = await db.Set<InfluencerProgram>().SingleOrDefaultAsync(cancellationToken);
        if (program is null)
        {
            program = new InfluencerProgram();
            db.Add(program);
            await db.SaveChangesAsync(cancellationToken);
        }

        return program;
    }

    public async Task<string?> ChangeProgramAsync(int? cookieDays, ConflictRule conflict, CancellationToken cancellationToken)
    {
        if (cookieDays is not (>= 1 and <= 90))
        {
            return "A link counts for 1 to 90 days.";
        }

        (await ProgramAsync(cancellationToken)).Change(cookieDays.Value, conflict);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private static int BasisPoints(decimal percent) => (int)Math.Round(percent * 100, MidpointRounding.AwayFromZero);

    public static string Percent(int basisPoints) => (basisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,39}$")]
    private static partial Regex Handle();
}
