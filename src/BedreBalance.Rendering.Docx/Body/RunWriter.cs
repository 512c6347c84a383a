using DocumentFormat.OpenXml;
using Model = BedreBalance.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BedreBalance.Rendering.Docx.Body;

/// <summary>Writes the model's runs; formatting the letter itself carries becomes direct run formatting.</summary>
internal static class RunWriter
{
    public static IEnumerable<W.Run> Runs(IEnumerable<Model.Run> runs, bool forceBold = false) =>
        runs.Where(run => run.Text.Length > 0).Select(run => Run(run, forceBold));

    public static W.Run Run(Model.Run run, bool forceBold = false)
    {
        var properties = Properties(run.IsBold || forceBold, run.IsItalic, run.IsSuperscript);
        var element = new W.Run();
        if (properties is not null)
        {
            element.RunProperties = properties;
        }
        element.AppendChild(Text(run.Text));
        return element;
    }

    public static W.Run PlainRun(string text) => new(Text(text));

    private static W.Text Text(string text)
    {
        var element = new W.Text(text);
        // Without preserve Word drops leading and trailing spaces, gluing runs like "Kommune" + "1" wrongly.
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            element.Space = SpaceProcessingModeValues.Preserve;
        }
        return element;
    }

    /// <summary>The typed setters place each child in schema order (b, bCs, i, iCs, vertAlign).</summary>
    private static W.RunProperties? Properties(bool bold, bool italic, bool superscript)
    {
        if (!bold && !italic && !superscript)
        {
            return null;
        }
        var properties = new W.RunProperties();
        if (bold)
        {
            properties.Bold = new W.Bold();
            properties.BoldComplexScript = new W.BoldComplexScript();
        }
        if (italic)
        {
            properties.Italic = new W.Italic();
            properties.ItalicComplexScript = new W.ItalicComplexScript();
        }
        if (superscript)
        {
            properties.VerticalTextAlignment = new W.VerticalTextAlignment { Val = W.VerticalPositionValues.Superscript };
        }
        return properties;
    }
}
