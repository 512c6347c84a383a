namespace BedreBalance.Rendering.Pdf;

public enum LayoutLimit
{
    /// <summary>The letter would run past the layout's page limit (10.000 pages).</summary>
    TooManyPages,

    /// <summary>Something (a table row, a word) is taller or wider than an empty page.</summary>
    DoesNotFitOnAPage,
}

/// <summary>
/// The document cannot be laid out within the layout's bounds. It is raised by what the data asks for (a letter of
/// millions of rows, a name longer than a page holds), so the caller reports it as a problem of the data.
/// </summary>
public sealed class LayoutLimitException(LayoutLimit limit, int page)
    : Exception($"Layout stopped at page {page}: {limit}.")
{
    public LayoutLimit Limit { get; } = limit;

    /// <summary>The page limit for <see cref="LayoutLimit.TooManyPages"/>, else the page that could not be filled.</summary>
    public int Page { get; } = page;
}
