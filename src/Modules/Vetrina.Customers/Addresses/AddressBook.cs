using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Customers.Contracts;
using Vetrina.Kernel.Addresses;

namespace Vetrina.Customers.Addresses;

internal sealed class AddressBook(VetrinaDbContext db, TimeProvider clock) : IAddressBook
{
    /// <summary>Every country: the book keeps addresses for all markets; checkout checks the one it uses against its market.</summary>
    private static readonly string[] AnyCountry = ["*"];

    public async Task<IReadOnlyList<SavedAddressView>> ListAsync(string customerId, CancellationToken cancellationToken = default) =>
        (await db.Set<SavedAddress>().AsNoTracking().Where(a => a.CustomerId == customerId)
            .OrderByDescending(a => a.IsDefault).ThenByDescending(a => a.LastUsedAt).ThenByDescending(a => a.Id).ToListAsync(cancellationToken))
        .ConvertAll(a => a.ToView());

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

        if (entry is null && book.Count >= IAddressBook.MaxAddresses)
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

    public async Task RememberWithinAsync(string customerId, PostalAddress address, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var book = await db.Set<SavedAddress>().Where(a => a.CustomerId == customerId).ToListAsync(cancellationToken);
        if (book.FirstOrDefault(a => a.IsSamePlaceAs(address)) is { } known)
        {
            known.Use(at);
            return;
        }

        if (book.Count >= IAddressBook.MaxAddresses)
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
