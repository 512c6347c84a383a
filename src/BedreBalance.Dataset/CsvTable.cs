using BedreBalance.Domain;
using CsvHelper;

namespace BedreBalance.Dataset;

/// <summary>
/// Reads a dataset CSV file into a <see cref="TableContent"/>: records with line numbers, header checked against
/// the columns the format expects. Accepts ';' (what Danish Excel writes) and ',' as delimiter.
/// </summary>
internal static class CsvTable
{
    /// <summary>
    /// Reads <paramref name="text"/>. The header must start with <paramref name="expectedColumns"/>, in that order;
    /// the last expected column may continue into further unnamed columns (a list of values).
    /// </summary>
    public static TableContent? Parse(string text, string fileName, IReadOnlyList<string> expectedColumns, List<Diagnostic> diagnostics)
    {
        var headerAt = new SourceLocation(fileName, 1);
        var firstLine = text.AsSpan(0, IndexOfLineEnd(text));
        var delimiter = DetectDelimiter(firstLine);
        if (delimiter is null)
        {
            var found = DatasetText.Get(firstLine.Contains('\t') ? "HeaderHasTabs" : "HeaderHasNoDelimiter");
            diagnostics.Add(Diagnostic.Error(headerAt, null, DatasetText.Format("NoDelimiter", found, string.Join(";", expectedColumns))));
            return null;
        }

        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            // The records are kept until the tables are read: a column's repeated values (a region on every row of
            // tabel1, the same few numbers) are one string each instead of one a row. A column of distinct values
            // (the municipalities) stops pooling by itself.
            PoolStrings = true,
        };
        // The header apart, the records in a list made once at the file's size (its lines, at most the rows accepted):
        // growing it would copy a large table's records several times, each copy a large-object allocation that can
        // start a full collection.
        TableRecord? header = null;
        var records = new List<TableRecord>(Math.Min(text.AsSpan().Count('\n'), DatasetLimits.MaximumRows));
        var longFields = 0;
        using (var reader = CsvReader.FromText(text, options))
        {
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.GetString(i) ?? "";
                }
                if (fields.All(string.IsNullOrWhiteSpace))
                {
                    continue; // A line of only delimiters, as Excel leaves after deleted rows.
                }
                var line = (int)reader.LineNumber;
                // Past the limits a row is refused before any check can echo or compare its values.
                var tooLong = Array.FindIndex(fields, field => field.Length > DatasetLimits.MaximumFieldLength);
                if (tooLong >= 0)
                {
                    if (++longFields <= DatasetLimits.MaximumReportsPerFile)
                    {
                        diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, line), null, ReadingMessages.FieldTooLong(tooLong + 1, fields[tooLong].Length)));
                    }
                    continue;
                }
                if ((header is null ? 0 : 1) + records.Count > DatasetLimits.MaximumRows)
                {
                    diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, line), null, ReadingMessages.TooManyRows()));
                    return null;
                }
                var record = new TableRecord(new SourceLocation(fileName, line), fields);
                if (header is null) header = record;
                else records.Add(record);
            }
        }
        if (longFields > DatasetLimits.MaximumReportsPerFile)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName), null,
                ReadingMessages.MoreLikeThis(longFields - DatasetLimits.MaximumReportsPerFile, ReadingMessages.Kind.ValuesTooLong)));
        }
        var table = TableContent.WithHeader(new SourceLocation(fileName), header, records, expectedColumns, delimiter.Value.ToString(), diagnostics);
        if (table is not null)
        {
            KeepRecordsWithTheHeadersDelimiter(records, delimiter.Value, diagnostics);
        }
        return table;
    }

    /// <summary>
    /// A line that is one field holding the other delimiter was written with a different delimiter than the header
    /// (a file pieced together from two sources); said once per line instead of as a series of empty fields, and
    /// removed from <paramref name="records"/> in place, in one pass.
    /// </summary>
    private static void KeepRecordsWithTheHeadersDelimiter(List<TableRecord> records, char delimiter, List<Diagnostic> diagnostics)
    {
        var other = delimiter == ';' ? ',' : ';';
        var kept = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (record.Fields.Count == 1 && record.Fields[0].Contains(other))
            {
                diagnostics.Add(Diagnostic.Error(record.Location, null,
                    DatasetText.Format("MixedDelimiters", other, delimiter)));
                continue;
            }
            records[kept++] = record;
        }
        records.RemoveRange(kept, records.Count - kept);
    }

    private static int IndexOfLineEnd(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text.Length : end;
    }

    private static char? DetectDelimiter(ReadOnlySpan<char> header)
    {
        var semicolons = header.Count(';');
        var commas = header.Count(',');
        if (semicolons == 0 && commas == 0) return null;
        return semicolons >= commas ? ';' : ',';
    }
}
