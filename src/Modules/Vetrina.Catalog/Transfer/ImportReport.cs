namespace Vetrina.Catalog.Transfer;

/// <summary>One problem in an import file; line 1 is the header.</summary>
internal sealed record ImportError(int Line, string? Column, string Message);

/// <summary>What an import did, or why it did nothing: an import with any error saves nothing.</summary>
internal sealed record ImportReport(IReadOnlyList<ImportError> Errors, int Rows, int Created, int Updated, int Unchanged, bool Saved)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportReport Failed(IReadOnlyList<ImportError> errors, int rows) => new(errors, rows, 0, 0, 0, false);
}
