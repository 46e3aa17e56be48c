using Vetrina.Kernel;

namespace Vetrina.Payments.TestNetwork;

internal enum TestChargeStatus
{
    RequiresAction,
    Authorised,
    Declined,
    Captured,
    Voided,
}

/// <summary>The test network's own record of a card payment, as a card network would keep it on its side.</summary>
internal sealed class TestCharge
{
    private TestCharge()
    {
        Id = null!;
        IdempotencyKey = null!;
        Currency = null!;
        Last4 = null!;
        ReturnUrl = null!;
        Language = null!;
        Description = null!;
    }

    internal TestCharge(string idempotencyKey, Money amount, string last4, string description, string returnUrl, string language, DateTimeOffset at)
    {
        Id = "tch_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        IdempotencyKey = idempotencyKey;
        AmountMinor = amount.Minor;
        Currency = amount.Currency;
        Last4 = last4;
        Description = description;
        ReturnUrl = returnUrl;
        Language = language;
        CreatedAt = at;
    }

    public string Id { get; private set; }

    public string IdempotencyKey { get; private set; }

    public long AmountMinor { get; private set; }

    public Currency Currency { get; private set; }

    public Money Amount => new(AmountMinor, Currency);

    public string Last4 { get; private set; }

    public string Description { get; private set; }

    public string ReturnUrl { get; private set; }

    public string Language { get; private set; }

    public TestChargeStatus Status { get; private set; }

    public string? DeclineCode { get; private set; }

    public long CapturedMinor { get; private set; }

    public long RefundedMinor { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    internal void Authorise() => Move(TestChargeStatus.Authorised);

    internal void Challenge() => Move(TestChargeStatus.RequiresAction);

    internal void Decline(string code)
    {
        Move(TestChargeStatus.Declined);
        DeclineCode = code;
    }

    /// <summary>Captures up to the authorised amount, once; the rest of the authorisation lapses as on a card network.</summary>
    internal bool Capture(long minor)
    {
        if (Status != TestChargeStatus.Authorised || minor <= 0 || minor > AmountMinor)
        {
            return false;
        }

        CapturedMinor = minor;
        Move(TestChargeStatus.Captured);
        return true;
    }

    internal bool Void()
    {
        if (Status is not (TestChargeStatus.Authorised or TestChargeStatus.RequiresAction))
        {
            return false;
        }

        Move(TestChargeStatus.Voided);
        return true;
    }

    internal bool Refund(long minor)
    {
        if (Status != TestChargeStatus.Captured || minor <= 0 || RefundedMinor + minor > CapturedMinor)
        {
            return false;
        }

        RefundedMinor += minor;
        Version++;
        return true;
    }

    private void Move(TestChargeStatus status)
    {
        Status = status;
        Version++;
    }
}

/// <summary>A capture, void or refund the network has carried out, by the key the merchant sent with it.</summary>
internal sealed class TestChargeOperation
{
    private TestChargeOperation()
    {
        Key = null!;
        ChargeId = null!;
        Kind = null!;
    }

    internal TestChargeOperation(string key, string chargeId, string kind, long amountMinor, DateTimeOffset at)
    {
        Key = key;
        ChargeId = chargeId;
        Kind = kind;
        AmountMinor = amountMinor;
        At = at;
    }

    public string Key { get; private set; }

    public string ChargeId { get; private set; }

    public string Kind { get; private set; }

    public long AmountMinor { get; private set; }

    public DateTimeOffset At { get; private set; }
}
