namespace BedreBalance.Rendering.Pdf.Hyphenation;

/// <summary>
/// Where a Danish word may be hyphenated at a line end: Liang's algorithm with the Danish patterns that
/// LibreOffice and TeX use (hyph_da_DK.dic, see README.md beside it), plus the rules of Danish typesetting
/// that patterns do not know: at least two letters on either side of a break; no break in a number, an
/// abbreviation with a full stop or an acronym in capitals; a word that already has a hyphen breaks only there.
/// </summary>
internal sealed class DanishHyphenator
{
    public const int MinLettersBefore = 2;
    public const int MinLettersAfter = 2;

    private static readonly Lazy<DanishHyphenator> Shared = new(() => new DanishHyphenator(LoadPatterns()));

    private readonly LiangPatterns patterns;

    public DanishHyphenator(LiangPatterns patterns) => this.patterns = patterns;

    /// <summary>The hyphenator with the patterns embedded in this assembly; read once per process.</summary>
    public static DanishHyphenator Instance => Shared.Value;

    private static LiangPatterns LoadPatterns()
    {
        const string name = "BedreBalance.Rendering.Pdf.Hyphenation.hyph_da_DK.dic";
        using var stream = typeof(DanishHyphenator).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the build.");
        return LiangPatterns.Read(stream);
    }

    /// <summary>
    /// Where the word (text between spaces, punctuation included) may break, as character indexes: a break at
    /// 7 puts the first 7 characters on the line. <see cref="WordBreak.AddsHyphen"/> says whether the layout
    /// draws a hyphen there (a pattern break) or the word already has one (a break after its own hyphen).
    /// </summary>
    public IReadOnlyList<WordBreak> Breaks(string word)
    {
        // Leading and trailing punctuation ("(hovedstadsområdet)," ) is not part of the word the patterns see.
        var start = 0;
        while (start < word.Length && !char.IsLetterOrDigit(word[start])) start++;
        var end = word.Length;
        while (end > start && !char.IsLetterOrDigit(word[end - 1])) end--;
        if (end - start < MinLettersBefore + MinLettersAfter) return [];
        var core = word[start..end];
        if (word.Contains('-') && !core.Contains('-')) return []; // "kommune- og": the hyphen ends the word, nothing follows
        if (core.Any(char.IsDigit)) return []; // "4.800", "2015", "Kommune1": numbers and note markers stay whole
        if (core.Contains('.') || IsShortAbbreviation(word, start, end)) return []; // "f.eks.", "bl.a."
        if (core.Contains('-')) return BreaksAtOwnHyphens(core, start);
        if (!core.All(char.IsLetter)) return []; // an apostrophe, a slash: leave such words whole
        if (core.All(c => !char.IsLower(c))) return []; // acronyms: "VLAK", "FM"
        return patterns.BreakPoints(core, MinLettersBefore, MinLettersAfter)
            .Select(i => new WordBreak(start + i, AddsHyphen: true))
            .ToList();
    }

    // A word with a full stop after at most four letters ("ca.", "jf.", "Alm.", "pkt.") is read as an abbreviation.
    private static bool IsShortAbbreviation(string word, int coreStart, int coreEnd) =>
        coreEnd < word.Length && word[coreEnd] == '.' && coreEnd - coreStart <= 4;

    private static List<WordBreak> BreaksAtOwnHyphens(string core, int offset)
    {
        var breaks = new List<WordBreak>();
        for (var i = 0; i < core.Length - 1; i++)
        {
            // "VLAK-regeringen" breaks after its hyphen, with a letter on either side of it.
            if (core[i] == '-' && i > 0 && char.IsLetter(core[i - 1]) && char.IsLetter(core[i + 1]))
            {
                breaks.Add(new WordBreak(offset + i + 1, AddsHyphen: false));
            }
        }
        return breaks;
    }
}

/// <param name="Index">Characters of the word before the break.</param>
/// <param name="AddsHyphen">True where the layout draws a hyphen; false after the word's own hyphen.</param>
internal readonly record struct WordBreak(int Index, bool AddsHyphen);
