using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;

namespace Vetrina.Marketing.Social;

internal sealed record EngagementLineError(int Line, string Message);

internal sealed record EngagementResult(int Updated, int Unchanged, IReadOnlyList<EngagementLineError> Errors);

/// <summary>
/// Engagement figures from a CSV the marketer exports from the networks or writes by hand: <c>post</c> (the post's
/// reference, as in its link's utm_content), <c>date</c> (yyyy-mm-dd, when the figures were read), <c>likes</c>,
/// <c>comments</c>, <c>shares</c>, <c>saves</c> (optional), <c>reach</c>, <c>clicks</c> (optional). Every line is
/// checked first; a file with any bad line imports nothing. A later file replaces a post's figures; the same file
/// twice changes nothing.
/// </summary>
internal sealed class EngagementImport(VetrinaDbContext db, TimeProvider clock)
{
    private static readonly string[] Required = ["post", "date", "likes", "comments", "shares", "reach"];

    private sealed record Row(int Line, string Post, int Likes, int Comments, int Shares, int Saves, int Reach, int Clicks);

    public async Task<EngagementResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var errors = new List<EngagementLineError>();
        var rows = new List<Row>();
        using (var reader = new StreamReader(csv))
        using (var parser = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
        }))
        {
            if (!parser.Read() || !parser.ReadHeader() || parser.HeaderRecord is not { } header)
            {
                return new EngagementResult(0, 0, [new EngagementLineError(1, "The file is empty: the first line names the columns.")]);
            }

            var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToHashSet();
            if (Required.Where(c => !columns.Contains(c)).ToList() is { Count: > 0 } missing)
            {
                return new EngagementResult(0, 0, [new EngagementLineError(1, $"Missing column(s): {string.Join(", ", missing)}. Expected: post, date, likes, comments, shares, saves, reach, clicks.")]);
            }

            while (parser.Read())
            {
                var line = parser.Parser.RawRow;
                string Get(string name) => parser.TryGetField<string>(name, out var v) ? v?.Trim() ?? "" : "";
                var post = Get("post");
                if (post.Length == 0)
                {
                    errors.Add(new EngagementLineError(line, "The post column is empty: give the post's reference."));
                    continue;
                }

                if (!DateOnly.TryParseExact(Get("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    || date > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
                {
                    errors.Add(new EngagementLineError(line, $"'{Get("date")}' is not a date like 2026-11-20 (and not in the future)."));
                    continue;
                }

                var numbers = new Dictionary<string, int>();
                foreach (var name in new[] { "likes", "comments", "shares", "saves", "reach", "clicks" })
                {
                    var text = Get(name);
                    if (text.Length == 0 && name is "saves" or "clicks")
                    {
                        numbers[name] = 0;
                    }
                    else if (int.TryParse(text.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign,
                        CultureInfo.InvariantCulture, out var n) && n >= 0)
                    {
                        numbers[name] = n;
                    }
                    else
                    {
                        errors.Add(new EngagementLineError(line, $"{name} '{text}' is not a whole number of 0 or more."));
                        break;
                    }
                }

                if (numbers.Count == 6)
                {
                    rows.Add(new Row(line, post, numbers["likes"], numbers["comments"], numbers["shares"], numbers["saves"], numbers["reach"], numbers["clicks"]));
                }
            }
        }

        var references = rows.Select(r => r.Post).Distinct().ToList();
        var posts = await db.Set<SocialPost>().Where(p => references.Contains(p.Reference)).ToDictionaryAsync(p => p.Reference, cancellationToken);
        errors.AddRange(rows.Where(r => !posts.ContainsKey(r.Post)).Select(r => new EngagementLineError(r.Line, $"No post has the reference '{r.Post}'.")));
        if (errors.Count > 0)
        {
            return new EngagementResult(0, 0, [.. errors.OrderBy(e => e.Line)]);
        }

        var now = clock.GetUtcNow();
        var updated = rows.Count(r => posts[r.Post].Record(r.Likes, r.Comments, r.Shares, r.Saves, r.Reach, r.Clicks, now));
        await db.SaveChangesAsync(cancellationToken);
        return new EngagementResult(updated, rows.Count - updated, []);
    }
}
