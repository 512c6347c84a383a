using Model = BedreBalance.Document;

namespace BedreBalance.Rendering.Docx.Body;

/// <summary>Writes the model's runs; formatting the letter itself carries becomes direct run formatting.</summary>
internal static class RunWriter
{
    /// <summary>The runs that have text; an empty run would be an empty <c>w:r</c> that says nothing.</summary>
    public static void Runs(WordXml xml, IReadOnlyList<Model.Run> runs, bool forceBold = false)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (run.Text.Length > 0)
            {
                // The flags tested directly: Run.IsBold's Enum.HasFlag boxes in the JIT's first, unoptimised code,
                // which a cold run of 100.000 rows spends 3,4 MB on.
                var format = run.Format;
                Run(xml, run.Text, (format & Model.RunFormat.Bold) != 0 || forceBold, (format & Model.RunFormat.Italic) != 0, (format & Model.RunFormat.Superscript) != 0);
            }
        }
    }

    public static void PlainRun(WordXml xml, string text) => Run(xml, text, bold: false, italic: false, superscript: false);

    /// <summary>A run that holds a line break, as Shift+Enter in Word.</summary>
    public static void Break(WordXml xml)
    {
        xml.Start("r");
        xml.Empty("br");
        xml.End();
    }

    /// <summary>The run properties in schema order (b, bCs, i, iCs, vertAlign), and none when there are none.</summary>
    private static void Run(WordXml xml, string text, bool bold, bool italic, bool superscript)
    {
        xml.Start("r");
        if (bold || italic || superscript)
        {
            xml.Start("rPr");
            if (bold)
            {
                xml.Empty("b");
                xml.Empty("bCs");
            }
            if (italic)
            {
                xml.Empty("i");
                xml.Empty("iCs");
            }
            if (superscript)
            {
                xml.Empty("vertAlign", "val", "superscript");
            }
            xml.End();
        }
        xml.Text(text);
        xml.End();
    }
}
