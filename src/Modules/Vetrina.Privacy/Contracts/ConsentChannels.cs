namespace Vetrina.Privacy.Contracts;

/// <summary>Where a decision reaches the shop.</summary>
public static class ConsentChannels
{
    public const string Cookie = "cookie";

    public const string Email = "email";
}
