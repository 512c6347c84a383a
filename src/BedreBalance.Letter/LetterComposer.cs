using BedreBalance.Dataset;
using BedreBalance.Document;
using BedreBalance.Domain;

namespace BedreBalance.Letter;

public sealed record LetterComposition(LetterDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Turns a checked dataset into the letter: the text of brev.md in its order, with the tables' rows from the CSV
/// files and every placeholder filled from the computed figures. The only place that knows what the letter says.
/// </summary>
public static class LetterComposer
{
    /// <param name="printable">The characters the documents can print (the PDF renderer's fonts); others are errors.</param>
    public static LetterComposition ComposeFromDirectory(string datasetDirectory, PrintableCharacters? printable = null) =>
        Compose(DatasetLoader.Load(datasetDirectory, printable: printable));

    /// <summary>Composes a loaded dataset; with errors in the data, only reports what else is wrong.</summary>
    /// <param name="basePage">The page before brev.md's <c>side:</c> margins (a Word template's); A4 with the letter's margins by default.</param>
    public static LetterComposition Compose(LoadResult loaded, PageGeometry? basePage = null)
    {
        if (loaded.Dataset is null)
        {
            // The data has errors, but the letter's placeholders can still be checked against what was read,
            // so that one run reports every problem. Nothing composed from unchecked data is returned.
            var placeholderProblems = loaded.Unchecked is { } read ? Compose(read).Diagnostics : [];
            return new LetterComposition(null, [.. loaded.Diagnostics, .. placeholderProblems]);
        }
        var composition = Compose(loaded.Dataset, basePage);
        return composition with { Diagnostics = [.. loaded.Diagnostics, .. composition.Diagnostics] };
    }

    public static LetterComposition Compose(LoadedDataset dataset, PageGeometry? basePage = null)
    {
        var diagnostics = new List<Diagnostic>();
        var figures = new LetterFigures(dataset.FollowUp, dataset.Letter.Fields, diagnostics);
        var binder = new PlaceholderBinder(figures, diagnostics);
        var builder = new Builder(dataset.FollowUp, binder);
        var blocks = dataset.Letter.Parts.Select(builder.Block).ToList();

        foreach (var figure in dataset.Letter.Fields.Figures.Where(f => !binder.Used.Contains("tal." + f.Name)))
        {
            diagnostics.Add(Diagnostic.Warning(figure.Source, $"tal.{figure.Name}",
                LetterText.Format("FigureNotUsed", figure.Name)));
        }
        if (diagnostics.Any(d => d.IsError))
        {
            return new LetterComposition(null, diagnostics);
        }

        var fields = dataset.Letter.Fields;
        // A letter without a title is refused by validation; unchecked data may still lack one.
        if (blocks.OfType<Heading>().FirstOrDefault(h => h.Level == 1) is not { } title)
        {
            return new LetterComposition(null, diagnostics);
        }
        var metadata = new DocumentMetadata(
            Title: string.Concat(title.Runs.Select(r => r.Text)),
            Author: fields.Minister,
            Subject: fields.Subject,
            Language: fields.Language,
            Created: new DateTimeOffset(fields.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        return new LetterComposition(new LetterDocument(metadata, PageOf(fields.Margins, basePage ?? PageGeometry.A4Letter), blocks), diagnostics);
    }

    /// <summary>The page with brev.md's margins (cm) where given: a top margin alone sets the first page's too.</summary>
    internal static PageGeometry PageOf(PageMargins? margins, PageGeometry page)
    {
        if (margins is null) return page;
        static double Points(double cm) => cm * PageGeometry.PointsPerCentimetre;
        var top = margins.Top is { } t ? Points(t) : page.MarginTop;
        var firstTop = margins.FirstPageTop is { } f ? Points(f) : margins.Top is not null ? top : page.FirstPageMarginTop;
        return page with
        {
            MarginTop = top,
            FirstPageMarginTop = firstTop,
            MarginRight = margins.Right is { } r ? Points(r) : page.MarginRight,
            MarginBottom = margins.Bottom is { } b ? Points(b) : page.MarginBottom,
            MarginLeft = margins.Left is { } l ? Points(l) : page.MarginLeft,
        };
    }

    private sealed class Builder(StatusFollowUp followUp, PlaceholderBinder binder)
    {
        public Block Block(LetterPart part) => part switch
        {
            HeadingPart heading => new Heading(heading.Level, Runs(heading.Text)),
            ParagraphPart paragraph => new Paragraph(Styles.Normal, Runs(paragraph.Text)),
            SignaturePart signature => new Signature(Plain(signature.Closing), Plain(signature.Name), Plain(signature.Title)),
            TablePart table => Table(table),
            _ => throw new InvalidOperationException($"No block for {part.GetType().Name}."),
        };

        private Table Table(TablePart part)
        {
            var columns = part.Columns
                .Select(c => new ColumnSpec(c.RelativeWidth, c.Alignment))
                .ToList();
            var header = new TableRow(RowKind.Data, part.Columns.Select(c => new TableCell(Runs(c.Header))).ToList());
            var body = part.Table.Select<Func<List<TableRow>>>(MunicipalityRows, InstitutionJobRows, InstitutionStationRows)();
            if (part.TotalRow is not null)
            {
                // The first cell ("I alt") names the row: a row header, as a region names the rows under it.
                body.Add(new TableRow(RowKind.Total, part.TotalRow.Select((cell, i) => new TableCell(Runs(cell, RunFormat.Bold), IsRowHeader: i == 0)).ToList()));
            }
            var notes = part.Notes.Select(note => new Paragraph(Styles.TableNote, Runs(note))).ToList();
            var label = Plain(part.Label);
            return new Table(label, Runs(part.Subtitle), columns, header, body, notes, CaptionNumberOf(label), Description(header, body, notes.Count));
        }

        /// <summary>"Tabel 1" is table number 1 of the sequence "Tabel"; a label without a number has no counter.</summary>
        private static CaptionNumber? CaptionNumberOf(string label)
        {
            var space = label.LastIndexOf(' ');
            return space > 0 && int.TryParse(label.AsSpan(space + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? new CaptionNumber(label[..space].Trim(), number)
                : null;
        }

        /// <summary>What a screen reader user needs before entering the table: its columns, how rows are grouped, what ends it.</summary>
        private static string Description(TableRow header, List<TableRow> body, int noteCount)
        {
            var columns = header.Cells.Select(cell => string.Concat(cell.Runs.Select(r => r.Text)).Trim()).ToList();
            var text = $"Kolonner: {DanishText.JoinList(columns)}.";
            var groups = body.Count(row => row.Kind == RowKind.Group);
            var rows = body.Count(row => row.Kind == RowKind.Data);
            var rowCount = rows == 1 ? "1 række" : $"{rows} rækker";
            text += groups > 0 ? $" {rowCount} i {groups} grupper; hver gruppe indledes af en overskriftsrække." : $" {rowCount}."; // not a message: the letter's own Danish
            if (body.Any(row => row.Kind == RowKind.Total)) text += " Sidste række er i alt.";
            if (noteCount > 0) text += noteCount == 1 ? " En anmærkning under tabellen." : $" {noteCount} anmærkninger under tabellen."; // not a message: the letter's own Danish
            return text;
        }

        /// <summary>
        /// Table 1 as printed: per region a bold group row that heads its municipalities (the renderers set the
        /// space between regions). Each note marker is a run of its own, so that it is read as a reference to a note.
        /// </summary>
        private List<TableRow> MunicipalityRows()
        {
            var rows = new List<TableRow>(followUp.MunicipalityJobs.Count + 5); // the rows and, nearly always, 5 regions' group rows
            foreach (var region in followUp.MunicipalityJobs.GroupBy(row => row.Region, StringComparer.Ordinal))
            {
                rows.Add(new TableRow(RowKind.Group, [new TableCell([new Run(region.Key, RunFormat.Bold)], IsRowHeader: true), Cell("")]));
                foreach (var row in region)
                {
                    var name = new List<Run> { new(row.Municipality) };
                    for (var i = 0; i < row.NoteMarkers.Count; i++)
                    {
                        if (i > 0) name.Add(new Run(",", RunFormat.Superscript));
                        name.Add(new Run(row.NoteMarkers[i], RunFormat.Superscript, IsNoteReference: true));
                    }
                    rows.Add(new TableRow(RowKind.Data, [new TableCell(name), Cell(DanishText.Number(row.Jobs))]));
                }
            }
            return rows;
        }

        private List<TableRow> InstitutionJobRows() =>
            followUp.InstitutionJobs
                .Select(row => new TableRow(RowKind.Data,
                [
                    Cell(row.Institution),
                    Cell(DanishText.Number(row.Jobs)),
                    Cell(ListText(row.Municipalities, row.EndsWithFullStop)),
                ]))
                .ToList();

        private List<TableRow> InstitutionStationRows() =>
            followUp.InstitutionStations
                .Select(row => new TableRow(RowKind.Data, [Cell(row.Institution), Cell(ListText(row.Municipalities, row.EndsWithFullStop))]))
                .ToList();

        private static string ListText(IReadOnlyList<ListedMunicipality> municipalities, bool fullStop) =>
            DanishText.JoinList(municipalities.Select(m => m.Name).ToList()) + (fullStop ? "." : "");

        private static TableCell Cell(string text, RunFormat format = RunFormat.None) =>
            new(text.Length == 0 ? [] : [new Run(text, format)]);

        private List<Run> Runs(TemplateText text, RunFormat extra = RunFormat.None) =>
            text.Spans
                .Select(span => new Run(binder.Bind(span), Format(span.Emphasis) | extra))
                .Where(run => run.Text.Length > 0)
                .ToList();

        private string Plain(TemplateText text) => string.Concat(text.Spans.Select(binder.Bind));

        private static RunFormat Format(TextEmphasis emphasis) =>
            (emphasis.HasFlag(TextEmphasis.Bold) ? RunFormat.Bold : RunFormat.None) |
            (emphasis.HasFlag(TextEmphasis.Italic) ? RunFormat.Italic : RunFormat.None);
    }
}
