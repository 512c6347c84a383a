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
        WholeNumber(value, at, field, "WhatJobs", diagnostics);

    /// <summary>
    /// A printed total of jobs. It sums any number of rows, so one row's plausibility limit does not apply; a typing
    /// error in it is caught by comparing it with the rows' sum.
    /// </summary>
    public static int? TotalJobs(string value, SourceLocation at, string field, List<Diagnostic> diagnostics) =>
        WholeNumber(value, at, field, "WhatTotalJobs", diagnostics, maximum: DatasetLimits.MaximumTotalJobs);

    /// <summary>
    /// A whole, non-negative, plausible count (<paramref name="whatKey"/> is the key of its name in DatasetMessages.resx, e.g. "WhatJobs": "number of jobs");
    /// "2872" and "2.872" (Danish thousands separator) both read as 2872.
    /// </summary>
    public static int? WholeNumber(string value, SourceLocation at, string field, string whatKey, List<Diagnostic> diagnostics, int maximum = MaximumJobsInOneRow)
    {
        // The value's name is looked up in the resources only for a message: this runs for every row.
        string What() => DatasetText.Get(whatKey);
        var text = value.Trim();
        if (text.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(at, field, DatasetText.Format("NumberEmpty", What())));
            return null;
        }
        // Without a '.' there is no thousands separator to remove (the pattern needs one): most numbers skip the pattern.
        var digits = text.Contains('.') && DanishThousands().IsMatch(text) ? text.Replace(".", "", StringComparison.Ordinal) : text;
        if (!long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            diagnostics.Add(Diagnostic.Error(at, field,
                DecimalNumber().IsMatch(text) ? DatasetText.Format("NotAWholeNumber", text, What()) : DatasetText.Format("NotANumber", text)));
            return null;
        }
        if (number < 0)
        {
            diagnostics.Add(Diagnostic.Error(at, field, DatasetText.Format("Negative", text, What())));
            return null;
        }
        if (number > maximum)
        {
            diagnostics.Add(Diagnostic.Error(at, field,
                DatasetText.Format("NotPlausible", text, What(), DanishText.Number(maximum))));
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
                diagnostics.Add(Diagnostic.Error(at, field, DatasetText.Format("NotANoteMarker", marker)));
                return [];
            }
        }
        // Most rows have no marker or one, which cannot repeat: no set is made for them.
        if (markers.Length > 1 && markers.Distinct(StringComparer.Ordinal).Count() != markers.Length)
        {
            diagnostics.Add(Diagnostic.Error(at, field, DatasetText.Format("NoteMarkerTwice", value.Trim())));
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
                diagnostics.Add(Diagnostic.Error(at, field, DatasetText.Format("NotJaOrNej", value.Trim())));
                return null;
        }
    }

    /// <param name="whatKey">The key of the value's name in DatasetMessages.resx ("WhatRegion": "region").</param>
    public static string? Required(string value, SourceLocation at, string field, string whatKey, List<Diagnostic> diagnostics)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(at, field, DatasetText.Format("FieldEmpty", DatasetText.Get(whatKey))));
            return null;
        }
        return text;
    }
}
