using System.Security.Cryptography;

namespace Vetrina.Admin.Staff;

internal static class StaffPasswords
{
    // No look-alike characters (0/O, 1/l/I): the password is read off a terminal or a screen and typed.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A random first password, four groups of five, about 116 bits.</summary>
    public static string Generate() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 5)));
}
