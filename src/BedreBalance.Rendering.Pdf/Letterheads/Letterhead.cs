namespace BedreBalance.Rendering.Pdf.Letterheads;

/// <summary>
/// A ministry's letterhead ("brevpapir"), a PDF of one or two A4 pages: page 1 is drawn under the letter's first page,
/// page 2 (when there is one) under every following page. Only a letterhead that passed <see cref="LetterheadCheck"/>
/// exists, so the renderer never meets a file that would break the letter's PDF/A or PDF/UA claims.
/// </summary>
public sealed class Letterhead
{
    internal Letterhead(byte[] bytes, int pageCount)
    {
        Bytes = bytes;
        PageCount = pageCount;
    }

    internal byte[] Bytes { get; }

    /// <summary>1 or 2.</summary>
    public int PageCount { get; }

    /// <summary>The letterhead page drawn under the letter's page <paramref name="pageNumber"/>, or null for none.</summary>
    public int? PageUnder(int pageNumber) => pageNumber == 1 ? 1 : PageCount >= 2 ? 2 : null;

    /// <summary>Reads and checks a letterhead; <paramref name="fileName"/> is how the sentences name the file.</summary>
    public static LetterheadResult Read(byte[] bytes, string fileName) => LetterheadCheck.Run(bytes, fileName);
}

/// <param name="Letterhead">The checked letterhead; null when any problem was found.</param>
/// <param name="Problems">Each a sentence naming the file: why it cannot be used, and what to do instead.</param>
public sealed record LetterheadResult(Letterhead? Letterhead, IReadOnlyList<string> Problems);
