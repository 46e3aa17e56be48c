using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Payments.Contracts;

namespace Vetrina.Payments.TestNetwork;

/// <summary>
/// A card network that runs inside Vetrina for the demo and the tests: approves, declines and challenges by card
/// number (see <see cref="TestCards"/>), and keeps its own ledger in its own unit of work, as an outside service
/// would, so nothing the shop rolls back can undo what the network did.
/// </summary>
internal sealed class TestCardNetwork(IServiceScopeFactory scopes, TimeProvider clock) : IPaymentProvider
{
    public const string ProviderName = "test";

    public string Name => ProviderName;

    public bool TakesCardDetails => true;

    public async Task<ProviderOutcome> AuthoriseAsync(AuthorisationRequest request, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        if (await FindByKeyAsync(db, request.IdempotencyKey, cancellationToken) is { } earlier)
        {
            return Outcome(earlier);
        }

        var number = CardRules.Normalize(request.Card?.Number);
        var charge = new TestCharge(request.IdempotencyKey, request.Amount, number.Length >= 4 ? number[^4..] : number, request.Description,
            request.ReturnUrl, request.Language, clock.GetUtcNow());
        if (request.Card is null || CardRules.Problems(request.Card, clock.GetUtcNow()).Count > 0)
        {
            charge.Decline(request.Card is null ? "card_required" : "incorrect_card_details");
        }
        else if (TestCards.DeclineCodeFor(number) is { } code)
        {
            charge.Decline(code);
        }
        else if (number == TestCards.ChallengeRequired)
        {
            charge.Challenge();
        }
        else
        {
            charge.Authorise();
        }

        db.Add(charge);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome(charge);
        }
        catch (DbUpdateException)
        {
            // The same key sent twice at once: the first one's charge is the answer to both.
            db.ChangeTracker.Clear();
            return Outcome(await FindByKeyAsync(db, request.IdempotencyKey, cancellationToken)
                ?? throw new InvalidOperationException("The charge could not be stored."));
        }
    }

    public async Task<ProviderOutcome> StatusAsync(string reference, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        var charge = await db.Set<TestCharge>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == reference, cancellationToken);
        return charge is null ? new ProviderOutcome(ProviderStatus.Unknown, reference) : Outcome(charge);
    }

    public Task<ProviderOutcome> CaptureAsync(string reference, Money amount, string idempotencyKey, CancellationToken cancellationToken = default) =>
        OperateAsync(reference, idempotencyKey, "capture", amount.Minor, charge => charge.Currency == amount.Currency && charge.Capture(amount.Minor),
            cancellationToken);

    public Task<ProviderOutcome> VoidAsync(string reference, string idempotencyKey, CancellationToken cancellationToken = default) =>
        OperateAsync(reference, idempotencyKey, "void", 0, charge => charge.Void(), cancellationToken);

    public Task<ProviderOutcome> RefundAsync(string reference, Money amount, string idempotencyKey, CancellationToken cancellationToken = default) =>
        OperateAsync(reference, idempotencyKey, "refund", amount.Minor, charge => charge.Currency == amount.Currency && charge.Refund(amount.Minor),
            cancellationToken);

    /// <summary>The shopper's answer on the challenge page. Returns where to send them back to.</summary>
    internal async Task<string?> CompleteChallengeAsync(string chargeId, bool approved, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        var charge = await db.Set<TestCharge>().FirstOrDefaultAsync(c => c.Id == chargeId, cancellationToken);
        if (charge is null)
        {
            return null;
        }

        if (charge.Status == TestChargeStatus.RequiresAction)
        {
            if (approved)
            {
                charge.Authorise();
            }
            else
            {
                charge.Decline("authentication_failed");
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Answered twice (two tabs): the first answer stands.
            }
        }

        return charge.ReturnUrl;
    }

    internal static async Task<TestCharge?> FindChallengeAsync(VetrinaDbContext db, string chargeId, CancellationToken cancellationToken) =>
        await db.Set<TestCharge>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == chargeId, cancellationToken);

    private async Task<ProviderOutcome> OperateAsync(string reference, string key, string kind, long amountMinor, Func<TestCharge, bool> apply,
        CancellationToken cancellationToken)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
            // The key before the charge: a key already used means its change has committed, so the charge read next
            // shows it (read the other way round, a request racing the first could answer with the charge as it was).
            var replay = await db.Set<TestChargeOperation>().AnyAsync(o => o.Key == key, cancellationToken);
            var charge = await db.Set<TestCharge>().FirstOrDefaultAsync(c => c.Id == reference, cancellationToken);
            if (charge is null)
            {
                return new ProviderOutcome(ProviderStatus.Unknown, reference);
            }

            if (replay)
            {
                return Outcome(charge);
            }

            if (!apply(charge))
            {
                return Outcome(charge) with { DeclineCode = $"{kind}_refused" };
            }

            db.Add(new TestChargeOperation(key, charge.Id, kind, amountMinor, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Outcome(charge);
            }
            catch (DbUpdateException) when (attempt < attempts)
            {
                // Another operation on the charge won the race, or the same key arrived twice: read again.
            }
        }
    }

    private static Task<TestCharge?> FindByKeyAsync(VetrinaDbContext db, string key, CancellationToken cancellationToken) =>
        db.Set<TestCharge>().AsNoTracking().FirstOrDefaultAsync(c => c.IdempotencyKey == key, cancellationToken);

    private static ProviderOutcome Outcome(TestCharge charge) => charge.Status switch
    {
        TestChargeStatus.RequiresAction => new(ProviderStatus.RequiresAction, charge.Id, $"/test-network/challenge/{charge.Id}"),
        TestChargeStatus.Authorised => new(ProviderStatus.Authorised, charge.Id),
        TestChargeStatus.Declined => new(ProviderStatus.Declined, charge.Id, DeclineCode: charge.DeclineCode),
        TestChargeStatus.Voided => new(ProviderStatus.Voided, charge.Id),
        _ => new(charge.RefundedMinor == 0 ? ProviderStatus.Captured
                : charge.RefundedMinor < charge.CapturedMinor ? ProviderStatus.PartiallyRefunded : ProviderStatus.Refunded,
            charge.Id, CapturedMinor: charge.CapturedMinor, RefundedMinor: charge.RefundedMinor),
    };
}
