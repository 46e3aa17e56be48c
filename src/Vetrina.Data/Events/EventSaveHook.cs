using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Vetrina.Data.Events;

/// <summary>
/// The save hook: when a context saves events, it writes their deliveries (one per subscribed handler) in the same
/// save, so event, deliveries and the change all commit or none does. After the commit it wakes this node's
/// dispatcher, so that an event is handled at once instead of at the next poll.
/// </summary>
public sealed class EventSaveHook(EventSubscriptions subscriptions, DispatcherSignal signal, TimeProvider clock) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    // Contexts that saved events inside a transaction not yet committed: the dispatcher is woken at the commit.
    private readonly ConditionalWeakTable<DbContext, object> waiting = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddDeliveries(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        AddDeliveries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            waiting.Remove(context);
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    private void AddDeliveries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var added = context.ChangeTracker.Entries<EventRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        foreach (var record in added.Where(r => r.RecordedAt == default))
        {
            record.RecordedAt = now;
            foreach (var subscription in subscriptions.Of(record.Name))
            {
                context.Add(new EventDelivery(record, subscription.HandlerName, now));
            }

            waiting.AddOrUpdate(context, record);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null && waiting.Remove(context))
        {
            signal.Wake();
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && waiting.Remove(context))
        {
            signal.Wake();
        }
    }
}
