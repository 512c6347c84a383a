using System.IO.Compression;
using System.Text;

namespace BedreBalance.TestSupport;

/// <summary>
/// An .xlsx written part by part from raw XML, for the corners a spreadsheet program rarely writes (inline strings,
/// a formula without a value, _x000D_ escapes) and for hostile files. Real workbooks are under tests/data/workbooks.
/// </summary>
public static class RawWorkbook
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public sealed record Sheet(string Name, string SheetData, string State = "visible");

    /// <summary>A worksheet part holding <paramref name="rows"/>, e.g. <c>&lt;row r="1"&gt;&lt;c r="A1" t="inlineStr"&gt;…</c>.</summary>
    public static string SheetXml(string rows) => $"<worksheet xmlns=\"{Main}\"><sheetData>{rows}</sheetData></worksheet>";

    public static byte[] Build(IReadOnlyList<Sheet> sheets, string? sharedStrings = null, string? styles = null, bool date1904 = false)
    {
        var parts = new List<(string Name, string Xml)>();
        var types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            .Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
            .Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        var workbook = new StringBuilder($"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
            .Append(date1904 ? "<workbookPr date1904=\"1\"/>" : "").Append("<sheets>");
        var relationships = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var i = 0; i < sheets.Count; i++)
        {
            var n = i + 1;
            workbook.Append($"<sheet name=\"{System.Security.SecurityElement.Escape(sheets[i].Name)}\" sheetId=\"{n}\" state=\"{sheets[i].State}\" r:id=\"rId{n}\"/>");
            relationships.Append($"<Relationship Id=\"rId{n}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>");
            types.Append($"<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            parts.Add(($"xl/worksheets/sheet{n}.xml", SheetXml(sheets[i].SheetData)));
        }
        if (sharedStrings is not null)
        {
            relationships.Append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            types.Append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            parts.Add(("xl/sharedStrings.xml", $"<sst xmlns=\"{Main}\">{sharedStrings}</sst>"));
        }
        if (styles is not null)
        {
            relationships.Append("<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            types.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            parts.Add(("xl/styles.xml", $"<styleSheet xmlns=\"{Main}\">{styles}</styleSheet>"));
        }
        parts.Add(("[Content_Types].xml", types.Append("</Types>").ToString()));
        parts.Add(("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        parts.Add(("xl/workbook.xml", workbook.Append("</sheets></workbook>").ToString()));
        parts.Add(("xl/_rels/workbook.xml.rels", relationships.Append("</Relationships>").ToString()));
        return Zip(parts.Select(p => (p.Name, Encoding.UTF8.GetBytes(p.Xml))));
    }

    public static byte[] Zip(IEnumerable<(string Name, byte[] Data)> entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(data);
            }
        }
        return buffer.ToArray();
    }
}
