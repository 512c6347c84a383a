using System.Globalization;
using System.Text.RegularExpressions;
using BedreBalance.Domain;

namespace BedreBalance.Dataset;

/// <summary>Reads single fields and says, in the data editor's terms, why a value is not accepted.</summary>
internal static partial class FieldParsers
{
    /// <summary>No single row of state jobs, nor any figure of the plans, comes near this; a larger number is a typing error.</summary>
    public const int MaximumJobsInOneRow = 100_000;

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex DanishThousands();

    [GeneratedRegex(@"^[-+]?[0-9]*[.,][0-9.,]*$")]
    private static partial Regex DecimalNumber();

    [GeneratedRegex(@"^[0-9A-Za-z*]+$")]
    private static partial Regex NoteMarker();

    /// <summary>A whole, non-negative number of jobs; "2872" and "2.872" (Danish thousands separator) both read as 2872.</summary>
    public static int? Jobs(string value, SourceLocation at, string field, List<Diagnostic> diagnostics) =>
        WholeNumber(value, at, field, "number of jobs", diagnostics);

    /// <summary>
    /// A printed total of jobs. It sums any number of rows, so one row's plausibility limit does not apply; a typing
    /// error in it is caught by comparing it with the rows' sum.
    /// </summary>
    public static int? TotalJobs(string value, SourceLocation at, string field, List<Diagnostic> diagnostics) =>
        WholeNumber(value, at, field, "total of jobs", diagnostics, maximum: DatasetLimits.MaximumTotalJobs);

    /// <summary>
    /// A whole, non-negative, plausible count (<paramref name="what"/> names it for the message, e.g. "number of jobs");
    /// "2872" and "2.872" (Danish thousands separator) both read as 2872.
    /// </summary>
    public static int? WholeNumber(string value, SourceLocation at, string field, string what, List<Diagnostic> diagnostics, int maximum = MaximumJobsInOneRow)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(at, field, $"The {what} is empty; write a whole number such as 14."));
            return null;
        }
        var digits = DanishThousands().IsMatch(text) ? text.Replace(".", "", StringComparison.Ordinal) : text;
        if (!long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            var why = DecimalNumber().IsMatch(text)
                ? $"is not a whole number (the {what} is counted in whole numbers)"
                : "is not a number";
            diagnostics.Add(Diagnostic.Error(at, field, $"\"{text}\" {why}; write a whole number in digits, such as 14."));
            return null;
        }
        if (number < 0)
        {
            diagnostics.Add(Diagnostic.Error(at, field, $"\"{text}\" is negative; the {what} must be 0 or more."));
            return null;
        }
        if (number > maximum)
        {
            diagnostics.Add(Diagnostic.Error(at, field,
                $"{text} is not plausible as the {what} (more than {DanishText.Number(maximum)}); check for a typing error."));
            return null;
        }
        return (int)number;
    }

    /// <summary>Note markers such as "1" or "1 2" / "1,2" for a row with two notes.</summary>
    public static IReadOnlyList<string> NoteMarkers(string value, SourceLocation at, string field, List<Diagnostic> diagnostics)
    {
        var markers = value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var marker in markers)
        {
            if (!NoteMarker().IsMatch(marker))
            {
                diagnostics.Add(Diagnostic.Error(at, field, $"\"{marker}\" is not a note marker; use numbers such as 1 or 2, separated by a space."));
                return [];
            }
        }
        if (markers.Distinct(StringComparer.Ordinal).Count() != markers.Length)
        {
            diagnostics.Add(Diagnostic.Error(at, field, $"The note marker list \"{value.Trim()}\" names the same note twice."));
        }
        return markers;
    }

    /// <summary>"ja" or empty / "nej": whether the printed list ends with a full stop, as some of the letter's do.</summary>
    public static bool? YesNo(string value, SourceLocation at, string field, List<Diagnostic> diagnostics)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "ja":
                return true;
            case "" or "nej":
                return false;
            default:
                diagnostics.Add(Diagnostic.Error(at, field, $"\"{value.Trim()}\" is not \"ja\" or \"nej\" (empty means nej)."));
                return null;
        }
    }

    public static string? Required(string value, SourceLocation at, string field, string what, List<Diagnostic> diagnostics)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(at, field, $"The {what} is empty."));
            return null;
        }
        return text;
    }
}
