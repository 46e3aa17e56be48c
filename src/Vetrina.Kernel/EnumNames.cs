namespace Vetrina.Kernel;

/// <summary>Reads an enum value from text that people or files give: by name only, any case.</summary>
public static class EnumNames
{
    /// <summary>
    /// <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> also accepts numbers ("3", "-1") and names joined by
    /// commas; a form or a CSV cell meaning "Markdown" must not turn "3" into a stage.
    /// </summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value)
        && text!.Trim() is { Length: > 0 } trimmed && !char.IsAsciiDigit(trimmed[0]) && trimmed[0] != '-' && !trimmed.Contains(',', StringComparison.Ordinal);
}
