using System.Globalization;
using System.Text;
using BedreBalance.Domain;

namespace BedreBalance.Dataset;

/// <summary>
/// The characters the documents can print, as the renderer that prints them says (its fonts' coverage): the
/// dataset's checks ask it about every character, without knowing about fonts themselves.
/// </summary>
/// <param name="Typeface">Named in the message, e.g. "Liberation Serif".</param>
/// <param name="CanPrint">Whether a character can be printed.</param>
public sealed record PrintableCharacters(string Typeface, Func<Rune, bool> CanPrint)
{
    /// <summary>
    /// One error per line and character that cannot be printed, naming the character and its code point, so that
    /// nothing vanishes from the PDF while the Word document keeps it. Control characters are left to the file checks.
    /// </summary>
    public void Check(string fileName, string text, List<Diagnostic> diagnostics)
    {
        var line = 1;
        var reported = new HashSet<int>();
        var latin = new sbyte[256];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                line++;
                reported.Clear();
                continue;
            }
            if (Rune.IsControl(rune) || CanPrintLatinAsked(rune, latin) || !reported.Add(rune.Value)) continue;
            diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, line), null, CannotPrint(rune)));
        }
    }

    /// <summary>The same check for one value, such as a worksheet cell, reported at <paramref name="at"/>.</summary>
    public void Check(SourceLocation at, string value, List<Diagnostic> diagnostics)
    {
        HashSet<int>? reported = null; // made for the rare value that has a character to report, not for every cell
        foreach (var rune in value.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || CanPrint(rune) || !(reported ??= []).Add(rune.Value)) continue;
            diagnostics.Add(Diagnostic.Error(at, null, CannotPrint(rune)));
        }
    }

    /// <summary>
    /// <see cref="CanPrint"/>, with its answers for U+0000–U+00FF kept in <paramref name="latin"/> (0 not asked yet,
    /// 1 printable, -1 not) for the rest of one check: a table file has millions of characters, nearly all of them
    /// Latin-1, and the renderer's answer is a look-up in each font's map.
    /// </summary>
    private bool CanPrintLatinAsked(Rune rune, sbyte[] latin)
    {
        if (rune.Value >= latin.Length) return CanPrint(rune);
        ref var answer = ref latin[rune.Value];
        if (answer == 0) answer = CanPrint(rune) ? (sbyte)1 : (sbyte)-1;
        return answer > 0;
    }

    private string CannotPrint(Rune rune)
    {
        var codePoint = string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
        return DatasetText.Format("NoGlyph", rune, codePoint, Typeface);
    }
}
