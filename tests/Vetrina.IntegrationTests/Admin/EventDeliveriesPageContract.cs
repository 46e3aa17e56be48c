using System.Net;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data.Events;

namespace Vetrina.IntegrationTests;

/// <summary>Dead letters of integration events are visible in the back office, and an admin can send them again (audited).</summary>
public abstract class EventDeliveriesPageContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task ADeadLetter_IsListedWithItsError_AndTryAgainMakesItDueOnce_InTheAuditLog()
    {
        var handler = $"Tests.Broken{Guid.NewGuid():N}";
        var stream = $"order:T-{Guid.NewGuid():N}"[..20];
        var id = await DeadLetterAsync(handler, stream);

        var admin = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        var page = WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/admin/events"));
        Assert.Contains(handler, page, StringComparison.Ordinal);
        Assert.Contains(stream, page, StringComparison.Ordinal);
        Assert.Contains("503 Service Unavailable", page, StringComparison.Ordinal);

        var retried = await admin.SubmitAsync("/admin/events", "Retry", new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var row = await app.WithDbAsync(db => db.Set<EventDelivery>().AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Null(row.DeadLetteredAt);
        Assert.True(row.Attempts <= 1);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "event.retried" && a.Subject == $"event-delivery:{id}"
            && a.Actor == VetrinaApp.AdminEmail)));

        // A second press finds nothing to send again and says so instead of failing.
        await admin.SubmitAsync("/admin/events", "Retry", new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Contains("no longer a dead letter", WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/admin/events")), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "event.retried" && a.Subject == $"event-delivery:{id}")));
        await SetAsideAsync([id]);
    }

    [Fact]
    public async Task TryAllAgain_SendsEveryDeadLetterOfTheHandler_AndNoOtherHandlers()
    {
        var handler = $"Tests.Broken{Guid.NewGuid():N}";
        var other = $"Tests.Other{Guid.NewGuid():N}";
        var ids = new[] { await DeadLetterAsync(handler, $"order:A-{Guid.NewGuid():N}"[..20]), await DeadLetterAsync(handler, $"order:B-{Guid.NewGuid():N}"[..20]) };
        var untouched = await DeadLetterAsync(other, $"order:C-{Guid.NewGuid():N}"[..20]);

        var admin = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/events", "RetryHandler", new() { ["handler"] = handler })).StatusCode);

        Assert.All(await app.WithDbAsync(db => db.Set<EventDelivery>().AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync()),
            d => Assert.Null(d.DeadLetteredAt));
        Assert.NotNull((await app.WithDbAsync(db => db.Set<EventDelivery>().AsNoTracking().SingleAsync(d => d.Id == untouched))).DeadLetteredAt);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "event.retried" && a.Subject == $"event-handler:{handler}"
            && a.Details.StartsWith("2 dead letters"))));
        await SetAsideAsync([.. ids, untouched]);
    }

    [Fact]
    public async Task OnlyAdmins_SeeTheDeliveries()
    {
        var agent = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, Kernel.Security.StaffRoles.Agent), "a long test password");
        var response = await agent.Client.GetAsync("/admin/events");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>Marks the test's deliveries done, so that the shared app's other tests never wait on a handler nobody runs.</summary>
    private Task<int> SetAsideAsync(long[] ids) => app.WithDbAsync(db => db.Set<EventDelivery>().Where(d => ids.Contains(d.Id))
        .ExecuteUpdateAsync(set => set.SetProperty(d => d.FinishedAt, DateTimeOffset.UtcNow)));

    /// <summary>A delivery that used up its tries, for a handler no node runs (so the dispatcher cannot finish it behind the test's back).</summary>
    private Task<long> DeadLetterAsync(string handler, string stream) => app.WithDbAsync(async db =>
    {
        var record = new EventRecord(Guid.NewGuid(), "Orders.OrderPaid", stream, "{}", DateTimeOffset.UtcNow);
        var delivery = new EventDelivery(record, handler, DateTimeOffset.UtcNow);
        db.Add(record);
        db.Add(delivery);
        db.Entry(delivery).Property(d => d.Attempts).CurrentValue = 15;
        db.Entry(delivery).Property(d => d.LastError).CurrentValue = "The receiving service said 503 Service Unavailable.";
        db.Entry(delivery).Property(d => d.DeadLetteredAt).CurrentValue = DateTimeOffset.UtcNow;
        db.Entry(delivery).Property(d => d.DueAt).CurrentValue = null;
        await db.SaveChangesAsync();
        return delivery.Id;
    });
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteEventDeliveriesPageTests(SqliteAppFixture fixture) : EventDeliveriesPageContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlEventDeliveriesPageTests(PostgresAppFixture fixture) : EventDeliveriesPageContract(fixture);
