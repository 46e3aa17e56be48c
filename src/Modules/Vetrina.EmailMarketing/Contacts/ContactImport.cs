using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Privacy.Contracts;

namespace Vetrina.EmailMarketing.Contacts;

internal sealed record ImportLineError(int Line, string Message);

internal sealed record ImportResult(int Added, int Updated, int Subscribed, IReadOnlyList<ImportLineError> Errors);

/// <summary>
/// Contacts from a CSV (email, first_name, last_name, language, country, birthday, consent, consented_at): every line is
/// checked first and a file with any bad line imports nothing, each error named by its line. Importing the same file
/// again changes nothing. A "subscribed" line must say when the person consented; the import is kept as the proof.
/// The file is read twice, checked and then written a batch at a time, so a list of a million lines never sits in memory.
/// </summary>
internal sealed class ContactImport(VetrinaDbContext db, IConsentLedger ledger, TimeProvider clock)
{
    private const int Batch = 5000;
    private const int MaxErrors = 100;

    private sealed record Row(int Line, string Email, string? FirstName, string? LastName, string Language, string Country, DateOnly? Birthday, bool Subscribed,
        DateTimeOffset? ConsentedAt, string[] Lists);

    /// <param name="csv">A stream that can seek (a buffered upload, a file): it is read twice.</param>
    public async Task<ImportResult> ImportAsync(Stream csv, string fileName, string actor, CancellationToken cancellationToken)
    {
        if (!csv.CanSeek)
        {
            throw new ArgumentException("The import reads the file twice: give it a stream that can seek.", nameof(csv));
        }

        var (errors, listNames) = Check(csv);
        if (errors.Count > 0)
        {
            return new ImportResult(0, 0, 0, errors);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            var now = clock.GetUtcNow();
            var (added, updated, subscribed) = (0, 0, 0);
            var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var lists = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in listNames)
            {
                var list = await db.Set<ContactList>().SingleOrDefaultAsync(l => l.Name == name, cancellationToken) ?? db.Add(new ContactList(name, now)).Entity;
                await db.SaveChangesAsync(cancellationToken);
                lists[name] = list.Id;
            }

            csv.Position = 0;
            foreach (var batch in Read(csv).Select(r => r.Row!).Chunk(Batch))
            {
                var emails = batch.Select(r => r.Email).ToList();
                var existing = await db.Set<Contact>().Where(c => emails.Contains(c.Email)).ToDictionaryAsync(c => c.Email, cancellationToken);
                var proofs = new List<Row>();
                var fresh = new List<(Contact Contact, Row Row)>();
                foreach (var row in batch)
                {
                    if (existing.TryGetValue(row.Email, out var contact))
                    {
                        contact.Describe(row.FirstName, row.LastName, row.Language, row.Country, row.Birthday, now);
                        db.Entry(contact).State = EntityState.Modified;
                        updated++;
                    }
                    else
                    {
                        contact = new Contact(row.Email, row.Language, row.Country, "import", now);
                        contact.Describe(row.FirstName, row.LastName, null, null, row.Birthday, now);
                        fresh.Add((contact, row));
                        added++;
                    }

                    // Only a consent the list never had is taken from the file: an opt-out made here is never undone by an import.
                    if (row.Subscribed && contact.Consent is EmailConsent.None or EmailConsent.Pending or EmailConsent.SoftOptIn)
                    {
                        contact.Confirm(row.ConsentedAt!.Value);
                        proofs.Add(row);
                        subscribed++;
                    }
                }

                var copy = db.Database.GetDbConnection() as NpgsqlConnection;
                if (copy is not null)
                {
                    await ContactCopy.WriteContactsAsync(copy, fresh.Select(f => f.Contact), cancellationToken);
                }
                else
                {
                    db.AddRange(fresh.Select(f => f.Contact));
                }

                await db.SaveChangesAsync(cancellationToken);
                var idOf = existing.ToDictionary(e => e.Key, e => e.Value.Id);
                if (copy is not null)
                {
                    var written = fresh.Select(f => f.Contact.Email).ToList();
                    foreach (var row in await db.Set<Contact>().Where(c => written.Contains(c.Email)).Select(c => new { c.Email, c.Id }).ToListAsync(cancellationToken))
                    {
                        idOf[row.Email] = row.Id;
                    }
                }
                else
                {
                    foreach (var (contact, row) in fresh)
                    {
                        idOf[row.Email] = contact.Id;
                    }
                }

                var listed = batch.Where(r => r.Lists.Length > 0).Select(r => idOf[r.Email]).ToList();
                var members = (await db.Set<ListMember>().Where(m => listed.Contains(m.ContactId)).Select(m => new { m.ListId, m.ContactId }).ToListAsync(cancellationToken))
                    .Select(m => (m.ListId, m.ContactId)).ToHashSet();
                foreach (var row in batch)
                {
                    foreach (var name in row.Lists.Where(n => members.Add((lists[n], idOf[row.Email]))))
                    {
                        db.Add(new ListMember(lists[name], idOf[row.Email], now));
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
                await ledger.RecordManyAsync([.. proofs.Select(p => new ConsentStatement(ConsentPurposes.MarketingEmail, ConsentChannels.Email, ConsentDecision.Given,
                    ConsentSources.Import, "import", $"Consent given {p.ConsentedAt:O}, imported by {actor}", now)
                {
                    Email = p.Email,
                    Language = p.Language,
                    Country = p.Country,
                    Reference = $"import:{fileName}:line {p.Line}",
                })], cancellationToken);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = tracking;
            return new ImportResult(added, updated, subscribed, []);
        });
    }

    /// <summary>The first pass: every line's errors (up to a hundred), duplicates across the file, and the lists named.</summary>
    private static (List<ImportLineError> Errors, HashSet<string> Lists) Check(Stream csv)
    {
        var errors = new List<ImportLineError>();
        var lists = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, bad) in Read(csv))
        {
            var error = bad is null && !seen.Add(row!.Email) ? new ImportLineError(row.Line, $"{row.Email} is already on an earlier line.") : bad;

            if (error is not null)
            {
                errors.Add(error);
                if (errors.Count >= MaxErrors)
                {
                    break;
                }

                continue;
            }

            lists.UnionWith(row!.Lists);
        }

        return (errors, lists);
    }

    private static IEnumerable<(Row? Row, ImportLineError? Error)> Read(Stream csv)
    {
        using var reader = new StreamReader(csv, leaveOpen: true);
        using var parser = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
        });
        if (!parser.Read() || !parser.ReadHeader() || parser.HeaderRecord is not { } header || !header.Select(h => h.Trim().ToLowerInvariant()).Contains("email"))
        {
            yield return (null, new ImportLineError(1, "The first line must name the columns, with at least 'email'."));
            yield break;
        }

        while (parser.Read())
        {
            yield return ReadLine(parser);
        }
    }

    private static (Row? Row, ImportLineError? Error) ReadLine(CsvReader parser)
    {
        var line = parser.Parser.RawRow;
        string? Get(string name) => parser.TryGetField<string>(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        (Row?, ImportLineError?) Error(string message) => (null, new ImportLineError(line, message));
        var email = Get("email");
        if (!ContactBook.IsValidAddress(email))
        {
            return Error($"'{email}' is not an email address.");
        }

        var language = Get("language") ?? "en";
        if (!Languages.IsSupported(language))
        {
            return Error($"Language '{language}' is not one of en, it, ko.");
        }

        // Unknown stays unknown (""): the rules of a contact without a country follow their language (MarketingRules.CountryOfRules).
        var country = Get("country")?.ToUpperInvariant() ?? "";
        if (country.Length != 0 && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            return Error($"Country '{country}' is not a two-letter code like IT or KR.");
        }

        DateOnly? birthday = null;
        if (Get("birthday") is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Error($"Birthday '{text}' is not a date like 1990-04-21.");
            }

            birthday = date;
        }

        var consent = Get("consent")?.ToLowerInvariant() ?? "none";
        if (consent is not ("subscribed" or "none"))
        {
            return Error($"Consent '{consent}' is 'subscribed' or 'none'.");
        }

        DateTimeOffset? consentedAt = null;
        if (consent == "subscribed")
        {
            if (!DateTimeOffset.TryParse(Get("consented_at"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return Error("A subscribed contact needs consented_at, the time consent was given (like 2026-03-01T10:00:00Z).");
            }

            consentedAt = at;
        }

        var lists = (Get("lists") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lists.FirstOrDefault(l => l.Length > 100) is { } longName)
        {
            return Error($"List name '{longName[..20]}…' is longer than 100 characters.");
        }

        return (new Row(line, Contact.Normalise(email!), Get("first_name"), Get("last_name"), language, country, birthday, consent == "subscribed", consentedAt, lists),
            null);
    }
}
