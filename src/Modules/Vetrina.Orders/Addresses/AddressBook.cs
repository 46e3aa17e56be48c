using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Addresses;

/// <summary>
/// A customer's saved addresses: checkout fills in the default one, every address an order goes to is kept (once),
/// and the account page adds, edits, removes and picks the default. Each call reads and writes only the caller's own.
/// </summary>
public sealed class AddressBook(VetrinaDbContext db, TimeProvider clock)
{
    /// <summary>Enough for home, work, parents and a holiday house; the oldest unused one makes room for a new one from an order.</summary>
    public const int MaxAddresses = 20;

    /// <summary>Every country: the book keeps addresses for all markets; checkout checks the one it uses against its market.</summary>
    private static readonly string[] AnyCountry = ["*"];

    public async Task<IReadOnlyList<SavedAddress>> ListAsync(string customerId, CancellationToken cancellationToken = default) =>
        await db.Set<SavedAddress>().AsNoTracking().Where(a => a.CustomerId == customerId)
            .OrderByDescending(a => a.IsDefault).ThenByDescending(a => a.LastUsedAt).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>Adds an address, or replaces one (<paramref name="id"/>), after checking it as checkout would.</summary>
    public async Task<AddressBookResult> SaveAsync(string customerId, long? id, AddressInput input, bool makeDefault,
        CancellationToken cancellationToken = default)
    {
        var (address, errors) = AddressRules.Check(input, AnyCountry);
        if (address is null)
        {
            return new(AddressBookOutcome.Invalid, errors);
        }

        var book = await db.Set<SavedAddress>().Where(a => a.CustomerId == customerId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var entry = id is { } existing ? book.FirstOrDefault(a => a.Id == existing) : null;
        if (id is not null && entry is null)
        {
            return new(AddressBookOutcome.NotFound, []);
        }

        if (entry is null && book.Count >= MaxAddresses)
        {
            return new(AddressBookOutcome.Full, []);
        }

        if (entry is null)
        {
            entry = new SavedAddress(customerId, address, isDefault: book.Count == 0, now);
            db.Add(entry);
            book.Add(entry);
        }
        else
        {
            entry.Replace(address, now);
        }

        if (makeDefault)
        {
            MakeDefault(book, entry);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new(AddressBookOutcome.Saved, []);
    }

    public async Task<bool> MakeDefaultAsync(string customerId, long id, CancellationToken cancellationToken = default)
    {
        var book = await db.Set<SavedAddress>().Where(a => a.CustomerId == customerId).ToListAsync(cancellationToken);
        if (book.FirstOrDefault(a => a.Id == id) is not { } entry)
        {
            return false;
        }

        MakeDefault(book, entry);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>Removes an address; if it was the default, the most recently used one left becomes the default.</summary>
    public async Task<bool> RemoveAsync(string customerId, long id, CancellationToken cancellationToken = default)
    {
        var book = await db.Set<SavedAddress>().Where(a => a.CustomerId == customerId).ToListAsync(cancellationToken);
        if (book.FirstOrDefault(a => a.Id == id) is not { } entry)
        {
            return false;
        }

        db.Remove(entry);
        book.Remove(entry);
        if (entry.IsDefault && book.OrderByDescending(a => a.LastUsedAt).FirstOrDefault() is { } next)
        {
            next.MarkDefault(true);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>
    /// Keeps the address an order goes to, inside the order's transaction: a known place is only marked as used, a new
    /// one is added (the first becomes the default), and a full book lets go of its least recently used address.
    /// </summary>
    public async Task RememberWithinAsync(string customerId, PostalAddress address, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var book = await db.Set<SavedAddress>().Where(a => a.CustomerId == customerId).ToListAsync(cancellationToken);
        if (book.FirstOrDefault(a => a.IsSamePlaceAs(address)) is { } known)
        {
            known.Use(at);
            return;
        }

        if (book.Count >= MaxAddresses)
        {
            db.Remove(book.Where(a => !a.IsDefault).OrderBy(a => a.LastUsedAt).First());
        }

        db.Add(new SavedAddress(customerId, address, isDefault: book.Count == 0, at));
    }

    private static void MakeDefault(List<SavedAddress> book, SavedAddress chosen)
    {
        foreach (var address in book)
        {
            address.MarkDefault(address == chosen);
        }
    }
}

public enum AddressBookOutcome
{
    Saved,
    Invalid,
    NotFound,
    Full,
}

public sealed record AddressBookResult(AddressBookOutcome Outcome, IReadOnlyList<AddressError> Errors);
