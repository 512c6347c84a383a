namespace BedreBalance.Domain;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>Where a value came from: a dataset file (as the user names it) and a 1-based line, if known.</summary>
public sealed record SourceLocation(string File, int? Line = null)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}" : File;
}

/// <summary>
/// One problem found in a dataset, said so that the person who edits the data can fix it:
/// which file, which line, which field, and in plain Danish-context English what is wrong.
/// </summary>
public sealed record Diagnostic(Severity Severity, string File, int? Line, string? Field, string Message)
{
    /// <summary>The message as printed: values it quotes from the data are shortened and made visible (see <see cref="DiagnosticText"/>).</summary>
    public string Message { get; init => field = DiagnosticText.Tidy(value); } = DiagnosticText.Tidy(Message);

    public string? Field { get; init => field = value is null ? null : DiagnosticText.Tidy(value); } = Field is null ? null : DiagnosticText.Tidy(Field);

    public static Diagnostic Error(SourceLocation at, string? field, string message) => new(Severity.Error, at.File, at.Line, field, message);

    public static Diagnostic Warning(SourceLocation at, string? field, string message) => new(Severity.Warning, at.File, at.Line, field, message);

    public bool IsError => Severity == Severity.Error;

    /// <summary>"tabel1.csv:12: error: Arbejdspladser: ..." — the shape compilers use, so editors can jump to it.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : File;
        var kind = Severity == Severity.Error ? "error" : "warning";
        var field = Field is null ? "" : $"{Field}: ";
        return $"{where}: {kind}: {field}{Message}";
    }
}
