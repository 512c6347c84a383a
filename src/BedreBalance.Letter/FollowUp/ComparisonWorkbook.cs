using System.Globalization;
using System.Text;
using System.Xml;
using BedreBalance.Packaging;

namespace BedreBalance.Letter.FollowUp;

/// <summary>
/// The report as an Excel workbook for the case file: a sheet with the title and summary, then one sheet per
/// section, its header row frozen; numbers are numbers (shown as Danish Excel shows them, 2.872 and +100), text is
/// always an inline string, never a formula, so a name starting with "=" stays text. The parts are zipped by the
/// deterministic zip writer the Word document uses, so the same comparison gives the same bytes.
/// </summary>
public static class ComparisonWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const int MaxSheetName = 31;

    // Style indexes into cellXfs below.
    private const int HeaderStyle = 1;
    private const int NumberStyle = 2;
    private const int SignedStyle = 3;
    private const int WrappedStyle = 4;
    private const int TitleStyle = 5;

    /// <summary>Writes the workbook: the same comparison, the same bytes.</summary>
    public static void Write(DatasetComparison comparison, Stream output)
    {
        var zip = new DeterministicZip(output);
        foreach (var (name, data) in Parts(comparison))
        {
            zip.Add(name, data);
        }
        zip.Finish();
    }

    /// <summary>The package's parts, in ordinal name order as the zip writer wants them.</summary>
    public static IReadOnlyList<(string Name, byte[] Data)> Parts(DatasetComparison comparison)
    {
        var sections = ComparisonReport.Sections(comparison);
        var sheets = new List<(string Name, byte[] Xml)>
        {
            (SummarySheetName, SummarySheet(comparison)),
        };
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { SummarySheetName };
        foreach (var section in sections)
        {
            sheets.Add((UniqueSheetName(section.Title, names), SectionSheet(section)));
        }
        var parts = new List<(string Name, byte[] Data)>
        {
            ("[Content_Types].xml", ContentTypes(sheets.Count)),
            ("_rels/.rels", Xml(writer =>
            {
                writer.WriteStartElement("Relationships", PackageRelationships);
                Relationship(writer, "rId1", OfficeRelationships + "/officeDocument", "xl/workbook.xml");
                writer.WriteEndElement();
            })),
            ("xl/_rels/workbook.xml.rels", WorkbookRelationships(sheets.Count)),
            ("xl/styles.xml", Styles()),
            ("xl/workbook.xml", WorkbookXml(sheets.Select(s => s.Name).ToList())),
        };
        for (var i = 0; i < sheets.Count; i++)
        {
            parts.Add(($"xl/worksheets/sheet{i + 1}.xml", sheets[i].Xml));
        }
        return parts.OrderBy(part => part.Name, StringComparer.Ordinal).ToList();
    }

    public const string SummarySheetName = "Summary";

    private static byte[] SummarySheet(DatasetComparison comparison) => Xml(writer =>
    {
        StartSheet(writer, frozenHeader: false, [100]);
        Row(writer, 1, [Text(ComparisonReport.Title(comparison), TitleStyle)]);
        Row(writer, 2, [Text(ComparisonReport.Summary(comparison))]);
        EndSheet(writer);
    });

    private static byte[] SectionSheet(ReportSection section) => Xml(writer =>
    {
        var hasChange = section.Rows.Any(row => row.Change.Length > 0);
        var hasDetails = section.Rows.Any(row => row.Details.Length > 0);
        var passages = section.Layout == SectionLayout.Passages;
        var headings = new List<string> { section.ItemHeading, ComparisonReport.BeforeHeading, ComparisonReport.AfterHeading };
        var widths = new List<double> { Width(section.Rows.Select(r => r.Item).Append(section.ItemHeading)) };
        widths.AddRange(passages ? [60, 60] : [12, 12]);
        if (hasChange) { headings.Add(ComparisonReport.ChangeHeading); widths.Add(passages ? 10 : 12); }
        if (hasDetails) { headings.Add(ComparisonReport.DetailsHeading); widths.Add(Width(section.Rows.Select(r => r.Details).Append(ComparisonReport.DetailsHeading))); }

        StartSheet(writer, frozenHeader: true, widths);
        Row(writer, 1, headings.Select(h => Text(h, HeaderStyle)).ToList());
        var number = 2;
        foreach (var row in section.Rows)
        {
            var textStyle = passages ? WrappedStyle : 0;
            var cells = new List<Cell> { Text(row.Item, textStyle) };
            if (row.Numbers is { } numbers)
            {
                cells.Add(Number(numbers.Before, NumberStyle));
                cells.Add(Number(numbers.After, NumberStyle));
                if (hasChange) cells.Add(Number(numbers.Difference, SignedStyle));
            }
            else
            {
                cells.Add(Text(row.Before, textStyle));
                cells.Add(Text(row.After, textStyle));
                if (hasChange) cells.Add(Text(row.Change, textStyle));
            }
            if (hasDetails) cells.Add(Text(row.Details, textStyle));
            Row(writer, number++, cells);
        }
        EndSheet(writer);
    });

    private sealed record Cell(string? Text, int? Value, int Style);

    private static Cell Text(string text, int style = 0) => new(text, null, style);

    private static Cell Number(int? value, int style) => new(null, value, style);

    private static void StartSheet(XmlWriter writer, bool frozenHeader, IReadOnlyList<double> widths)
    {
        writer.WriteStartElement("worksheet", Main);
        writer.WriteStartElement("sheetViews");
        writer.WriteStartElement("sheetView");
        writer.WriteAttributeString("workbookViewId", "0");
        if (frozenHeader)
        {
            // The header row stays in view while scrolling (Excel: View, Freeze Panes, Freeze Top Row).
            writer.WriteStartElement("pane");
            writer.WriteAttributeString("ySplit", "1");
            writer.WriteAttributeString("topLeftCell", "A2");
            writer.WriteAttributeString("activePane", "bottomLeft");
            writer.WriteAttributeString("state", "frozen");
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("cols");
        for (var i = 0; i < widths.Count; i++)
        {
            writer.WriteStartElement("col");
            writer.WriteAttributeString("min", (i + 1).ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("max", (i + 1).ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("width", widths[i].ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("customWidth", "1");
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteStartElement("sheetData");
    }

    private static void EndSheet(XmlWriter writer)
    {
        writer.WriteEndElement(); // sheetData
        writer.WriteEndElement(); // worksheet
    }

    private static void Row(XmlWriter writer, int number, IReadOnlyList<Cell> cells)
    {
        writer.WriteStartElement("row");
        writer.WriteAttributeString("r", number.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.Text is { Length: 0 } || (cell.Text is null && cell.Value is null))
            {
                continue; // an empty cell is no cell
            }
            writer.WriteStartElement("c");
            writer.WriteAttributeString("r", Domain.CellReference.ColumnName(i + 1) + number.ToString(CultureInfo.InvariantCulture));
            if (cell.Style != 0)
            {
                writer.WriteAttributeString("s", cell.Style.ToString(CultureInfo.InvariantCulture));
            }
            if (cell.Text is { } text)
            {
                // An inline string is data, never a formula: "=1+1" or "@SUM(…)" from a dataset stays text.
                writer.WriteAttributeString("t", "inlineStr");
                writer.WriteStartElement("is");
                writer.WriteStartElement("t");
                if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
                {
                    writer.WriteAttributeString("xml", "space", null, "preserve");
                }
                writer.WriteString(Escape(text));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            else
            {
                writer.WriteElementString("v", Main, cell.Value!.Value.ToString(CultureInfo.InvariantCulture));
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789ABCDEFabcdef");

    /// <summary>
    /// Characters XML 1.0 cannot hold, and text that looks like such an escape, in ECMA-376's _xHHHH_ form, as Excel
    /// writes them; the rest as it is.
    /// </summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var looksEscaped = c == '_' && i + 6 < text.Length && text[i + 1] == 'x'
                && !text.AsSpan(i + 2, 4).ContainsAnyExcept(HexDigits) && text[i + 6] == '_';
            var unpairedSurrogate = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
            if (looksEscaped || unpairedSurrogate || (char.IsControl(c) && c is not '\t' and not '\n' and not '\r') || c is '\uFFFE' or '\uFFFF')
            {
                escaped.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }

    /// <summary>A column about as wide as its longest text, within reason.</summary>
    private static double Width(IEnumerable<string> texts) => Math.Clamp(texts.Max(t => t.Length) + 2, 10, 80);

    /// <summary>
    /// Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], unique regardless of case. A long
    /// title keeps what stands before its parenthesis ("Letter text (places as in the new letter)" → "Letter text").
    /// </summary>
    internal static string UniqueSheetName(string title, HashSet<string> taken)
    {
        var name = new string(title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']') && !char.IsControl(c)).ToArray()).Trim('\'', ' ');
        if (name.Length > MaxSheetName && name.IndexOf(" (", StringComparison.Ordinal) is > 0 and var cut)
        {
            name = name[..cut];
        }
        if (name.Length > MaxSheetName) name = name[..MaxSheetName].TrimEnd();
        if (name.Length == 0) name = "Sheet";
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            var suffix = $" {n}";
            unique = (name.Length + suffix.Length > MaxSheetName ? name[..(MaxSheetName - suffix.Length)] : name) + suffix;
        }
        return unique;
    }

    private static byte[] ContentTypes(int sheetCount) => Xml(writer =>
    {
        writer.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
        Default(writer, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(writer, "xml", "application/xml");
        Override(writer, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(writer, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        for (var i = 1; i <= sheetCount; i++)
        {
            Override(writer, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }
        writer.WriteEndElement();

        static void Default(XmlWriter writer, string extension, string type)
        {
            writer.WriteStartElement("Default");
            writer.WriteAttributeString("Extension", extension);
            writer.WriteAttributeString("ContentType", type);
            writer.WriteEndElement();
        }
        static void Override(XmlWriter writer, string part, string type)
        {
            writer.WriteStartElement("Override");
            writer.WriteAttributeString("PartName", part);
            writer.WriteAttributeString("ContentType", type);
            writer.WriteEndElement();
        }
    });

    private static byte[] WorkbookRelationships(int sheetCount) => Xml(writer =>
    {
        writer.WriteStartElement("Relationships", PackageRelationships);
        for (var i = 1; i <= sheetCount; i++)
        {
            Relationship(writer, $"rId{i}", OfficeRelationships + "/worksheet", $"worksheets/sheet{i}.xml");
        }
        Relationship(writer, $"rId{sheetCount + 1}", OfficeRelationships + "/styles", "styles.xml");
        writer.WriteEndElement();
    });

    private static byte[] WorkbookXml(IReadOnlyList<string> sheetNames) => Xml(writer =>
    {
        writer.WriteStartElement("workbook", Main);
        writer.WriteAttributeString("xmlns", "r", null, OfficeRelationships);
        writer.WriteStartElement("sheets");
        for (var i = 0; i < sheetNames.Count; i++)
        {
            writer.WriteStartElement("sheet");
            writer.WriteAttributeString("name", sheetNames[i]);
            writer.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("id", OfficeRelationships, $"rId{i + 1}");
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    /// <summary>
    /// Plain, bold header, whole numbers with thousands separators ("#,##0": 2.872 in Danish Excel), signed
    /// differences (+100, -12, 0), wrapped text for sentences, a larger bold title.
    /// </summary>
    private static byte[] Styles() => Xml(writer =>
    {
        writer.WriteStartElement("styleSheet", Main);
        writer.WriteStartElement("numFmts");
        writer.WriteAttributeString("count", "1");
        writer.WriteStartElement("numFmt");
        writer.WriteAttributeString("numFmtId", "164");
        writer.WriteAttributeString("formatCode", "+#,##0;-#,##0;0");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteRaw(
            "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"14\"/><name val=\"Calibri\"/></font></fonts>" +
            "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
            "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
            "<cellXfs count=\"6\">" +
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
            "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>" +
            "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
            "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>" +
            "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>" +
            "</cellXfs>" +
            "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
        writer.WriteEndElement();
    });

    private static void Relationship(XmlWriter writer, string id, string type, string target)
    {
        writer.WriteStartElement("Relationship");
        writer.WriteAttributeString("Id", id);
        writer.WriteAttributeString("Type", type);
        writer.WriteAttributeString("Target", target);
        writer.WriteEndElement();
    }

    /// <summary>UTF-8 without BOM, no indentation, the same on every machine.</summary>
    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument(standalone: true);
            write(writer);
            writer.WriteEndDocument();
        }
        return buffer.ToArray();
    }
}
