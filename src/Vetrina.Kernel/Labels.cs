using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text;

namespace Vetrina.Kernel;

/// <summary>
/// What a person reads for an enum value on a page: its <see cref="DisplayAttribute"/> name when the words need more
/// than spaces ("Soft opt-in"), otherwise its name split into words in sentence case ("PartiallyShipped" reads
/// "Partially shipped"; an acronym such as "SEO" stays as it is). Flags read as their words joined by commas.
/// </summary>
public static class Labels
{
    private static readonly ConcurrentDictionary<Enum, string> Known = new();

    public static string Label(this Enum value) => Known.GetOrAdd(value, Make);

    /// <summary>"PartiallyShipped" as "Partially shipped".</summary>
    public static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (startsWord)
            {
                text.Append(' ');
            }

            // A word in capitals throughout (an acronym) keeps them; other words after the first are lower case.
            var inAcronym = char.IsUpper(c) && ((i + 1 < name.Length && char.IsUpper(name[i + 1])) || (i > 0 && char.IsUpper(name[i - 1]) && !startsWord));
            text.Append(i > 0 && startsWord && !inAcronym ? char.ToLowerInvariant(c) : c);
        }

        return text.ToString();
    }

    private static string Make(Enum value)
    {
        var type = value.GetType();
        var name = Enum.GetName(type, value);
        if (name is null)
        {
            // A combination of flags, or a number no member names.
            return string.Join(", ", value.ToString().Split(", ").Select(part =>
                Enum.TryParse(type, part, out var single) && single is Enum member && Enum.GetName(type, member) is not null ? member.Label() : part));
        }

        return type.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? Words(name);
    }
}
