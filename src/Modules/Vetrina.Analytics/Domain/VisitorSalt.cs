namespace Vetrina.Analytics.Domain;

/// <summary>
/// The secret of one day that cookieless visitor ids are hashed with. Deleted once its day is over, so nobody, the shop
/// included, can link a past day's ids to an address and a browser again.
/// </summary>
internal sealed class VisitorSalt(DateOnly day, byte[] salt)
{
    public DateOnly Day { get; private set; } = day;

    public byte[] Salt { get; private set; } = salt;
}
