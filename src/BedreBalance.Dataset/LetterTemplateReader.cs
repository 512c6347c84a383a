using BedreBalance.Domain;

namespace BedreBalance.Dataset;

/// <summary>
/// Reads brev.md: YAML front matter with the letter's fixed facts (<see cref="FrontMatterReader"/>), then the
/// letter's text in Markdown (<see cref="LetterBodyReader"/>).
/// </summary>
public static class LetterTemplateReader
{
    public static LetterTemplate? Parse(string text, string fileName, List<Diagnostic> diagnostics)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, 1), null,
                DatasetText.Get("NoFrontMatter")));
            return null;
        }
        var closing = Array.FindIndex(lines, 1, line => line.Trim() == "---");
        if (closing < 0)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, 1), null,
                DatasetText.Get("FrontMatterNotClosed")));
            return null;
        }
        var errorsBefore = diagnostics.Count(d => d.IsError);
        var fields = FrontMatterReader.Read(string.Join('\n', lines[1..closing]), fileName, firstLine: 2, diagnostics);
        var parts = LetterBodyReader.Read(string.Join('\n', lines[(closing + 1)..]), fileName, firstLine: closing + 2, diagnostics);
        if (fields is null || diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }
        return new LetterTemplate(fields, parts);
    }
}
