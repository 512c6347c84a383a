using BedreBalance.Rendering.Pdf.Layout;

namespace BedreBalance.Rendering.Pdf.Tests.Layout;

/// <summary>
/// Table pagination with the fake measurer: 10 pt lines, no padding, so the caption (2 lines) and the
/// header (1 line) take 30 pt and a page of 100 pt holds 7 one-line rows under them.
/// </summary>
public class TableElementTests
{
    private static readonly TableStyle Style = new(
        CellPaddingVertical: 0, CellPaddingHorizontal: 0, GroupSpace: 5, CaptionGap: 0, NotesGap: 0, RuleThickness: 0.5, FrameRuleThickness: 1);

    private static readonly string[] Top = ["Tabel 9", "Subtitle", "Name", "Count"];

    private static TableElement Table(IEnumerable<(TableRowRole Role, string Name, string Count)> rows, params string[] notes) => new(
        [Build.Text("Tabel 9"), Build.Text("Subtitle")],
        "Tabel 9: Subtitle",
        3,
        "tabel9",
        [new TableColumn(3, TextAlignment.Left), new TableColumn(1, TextAlignment.Right)],
        [Build.Text("Name"), Build.Text("Count", alignment: TextAlignment.Right)],
        TableBody.Of(rows.Select((r, i) => new TableRowBlocks(
            r.Role,
            [Build.Cell(r.Name), Build.Cell(r.Count, TextAlignment.Right)],
            r.Role == TableRowRole.Data ? null : [true, false],
            SpaceAbove: i > 0 && r.Role != TableRowRole.Data ? Style.GroupSpace : 0)).ToList()),
        new Column(notes.Select(n => new ColumnItem(Build.Paragraph(n))).ToList()),
        Style,
        pageHeight: 100);

    private static IEnumerable<(TableRowRole, string, string)> Data(int from, int count) =>
        Enumerable.Range(from, count).Select(i => (TableRowRole.Data, $"row{i:000}", $"{i}"));

    /// <summary>Content texts that are rows' first cells (named "row…", groups "G…", totals "Sum").</summary>
    private static List<string> Names(RecordedPage page) =>
        page.ContentTexts.Where(t => t.StartsWith("row", StringComparison.Ordinal) || t.StartsWith('G') || t == "Sum").ToList();

    [Fact]
    public void Continues_on_the_next_page_under_its_caption_and_header_repeated_as_artifacts()
    {
        var canvas = Build.LayOut(Table(Data(1, 20)), width: 200, pageHeight: 100);

        Assert.Equal(3, canvas.Pages.Count);
        Assert.Equal([7, 7, 6], canvas.Pages.Select(p => Names(p).Count));
        Assert.Equal(Data(1, 20).Select(r => r.Item2), canvas.Pages.SelectMany(Names));
        Assert.Equal(Top, canvas.Pages[0].Texts.Take(4).Select(t => t.Text));
        Assert.All(canvas.Pages[0].Texts.Take(4), t => Assert.False(t.IsArtifact));
        foreach (var page in canvas.Pages.Skip(1))
        {
            Assert.Equal(Top, page.Texts.Take(4).Select(t => t.Text));
            Assert.All(page.Texts.Take(4), t => Assert.True(t.IsArtifact));
        }
        Assert.True(canvas.AllClosed);
    }

    [Fact]
    public void Is_tagged_as_a_table_holding_its_caption_in_two_parts_then_rows_of_scoped_header_cells()
    {
        var canvas = Build.LayOut(Table(Data(1, 9), "note"), width: 200, pageHeight: 100);

        var tags = canvas.Structure.Select(s => $"{new string(' ', s.Depth)}{s.Tag}").ToList();
        Assert.Equal(
            ["Table", " Caption", "  Paragraph", "  Paragraph", " TableRow", "  TableHeaderCell", "  TableHeaderCell", " TableRow", "  TableDataCell", "  TableDataCell"],
            tags.Take(10));
        Assert.Equal(1 + 9, canvas.Structure.Count(s => s.Tag == StructureTag.TableRow));
        Assert.Equal((0, StructureTag.Paragraph), canvas.Structure[^1]); // the note follows the table, outside it
        Assert.Equal([HeaderScope.Column, HeaderScope.Column], canvas.Attributes.Where((a, i) => canvas.Structure[i].Tag == StructureTag.TableHeaderCell).Select(a => a?.Scope));
        Assert.Equal(["tabel9-k1", "tabel9-k2"], canvas.Attributes.Where((a, i) => canvas.Structure[i].Tag == StructureTag.TableHeaderCell).Select(a => a?.Id));
        Assert.Equal([("Tabel 9: Subtitle", 3, 1)], canvas.Bookmarks.Select(b => (b.Title, b.Level, b.Page)));
    }

    [Fact]
    public void Rows_under_a_group_row_are_tied_to_its_header_cell_and_the_total_names_its_row()
    {
        var rows = new[] { (TableRowRole.Group, "G1", "") }.Concat(Data(1, 2)).Append((TableRowRole.Total, "Sum", "3"));

        var canvas = Build.LayOut(Table(rows), width: 200, pageHeight: 100);

        var cells = canvas.Structure.Select((s, i) => (s.Tag, Attributes: canvas.Attributes[i]))
            .Where(c => c.Tag is StructureTag.TableHeaderCell or StructureTag.TableDataCell).Skip(2).ToList(); // past the header row
        Assert.Equal((StructureTag.TableHeaderCell, HeaderScope.Row, "tabel9-r1-k1"), (cells[0].Tag, cells[0].Attributes!.Scope, cells[0].Attributes!.Id));
        Assert.Equal(["tabel9-k1", "tabel9-r1-k1"], cells[2].Attributes!.Headers!); // row001's name: its column, its group
        Assert.Equal(["tabel9-k2", "tabel9-r1-k1"], cells[3].Attributes!.Headers!); // row001's count
        Assert.Equal((StructureTag.TableHeaderCell, HeaderScope.Row), (cells[6].Tag, cells[6].Attributes!.Scope)); // "Sum"
        Assert.Equal(["tabel9-k2", "tabel9-r4-k1"], cells[7].Attributes!.Headers!); // the total's count: its column and its row, no group
    }

    [Fact]
    public void Repeated_caption_and_header_are_pagination_artifacts_and_rules_layout_artifacts()
    {
        var canvas = Build.LayOut(Table(Data(1, 20)), width: 200, pageHeight: 100);

        Assert.Single(canvas.Artifacts, a => a.Kind == ArtifactKind.PageHeader && a.Page == 2); // caption, header row and their rules, as one
        Assert.DoesNotContain(canvas.Artifacts, a => a.Kind == ArtifactKind.PageHeader && a.Page == 1);
        Assert.All(canvas.Artifacts.Where(a => a.Kind is not (ArtifactKind.PageHeader or ArtifactKind.PageFooter)), a => Assert.Equal(ArtifactKind.Layout, a.Kind));
        Assert.Equal(canvas.Pages.Count, canvas.Artifacts.Count(a => a.Kind == ArtifactKind.PageFooter)); // the page numbers
    }

    [Fact]
    public void A_group_row_never_ends_a_page()
    {
        var rows = Data(1, 6).Append((TableRowRole.Group, "G1", "")).Concat(Data(7, 3));

        var canvas = Build.LayOut(Table(rows), width: 200, pageHeight: 100);

        Assert.Equal(["row001", "row002", "row003", "row004", "row005", "row006"], Names(canvas.Pages[0]));
        Assert.Equal(["G1", "row007", "row008", "row009"], Names(canvas.Pages[1]));
    }

    [Fact]
    public void The_caption_is_never_left_without_a_row_under_it()
    {
        // 60 pt of text leaves 40 pt: caption and header (30) and a group row (10), but not the row it heads.
        var root = new Column(
        [
            new ColumnItem(Build.Paragraph(string.Join(" ", Enumerable.Range(1, 6).Select(i => $"paragraph-word-{i:00}")))),
            new ColumnItem(Table([(TableRowRole.Group, "G1", ""), .. Data(1, 3)])),
        ]);

        var canvas = Build.LayOut(root, width: 100, pageHeight: 100);

        Assert.DoesNotContain("Tabel 9", canvas.Pages[0].ContentTexts);
        Assert.Equal(["Tabel 9", "Subtitle", "Name", "Count", "G1"], canvas.Pages[1].ContentTexts.Take(5));
    }

    [Fact]
    public void The_total_stays_with_the_row_before_it_and_the_notes_follow_it()
    {
        var rows = Data(1, 7).Append((TableRowRole.Total, "Sum", "28"));

        var canvas = Build.LayOut(Table(rows, "note one", "note two"), width: 200, pageHeight: 100);

        Assert.Equal(["row001", "row002", "row003", "row004", "row005", "row006"], Names(canvas.Pages[0]));
        Assert.Equal(["row007", "Sum"], Names(canvas.Pages[1]));
        Assert.Equal(["note one", "note two"], canvas.Pages[1].ContentTexts.TakeLast(2));
        var total = canvas.Pages[1].Texts.Single(t => t.Text == "Sum");
        Assert.Contains(canvas.Pages[1].Rules, r => Math.Abs(r.Y - (total.BaselineY - 8)) < 0.001); // rule on top of the total row
    }

    [Fact]
    public void The_space_above_a_group_row_that_starts_a_page_is_kept_as_Word_keeps_it()
    {
        var rows = Data(1, 7).Append((TableRowRole.Group, "G2", "")).Concat(Data(8, 2));

        var canvas = Build.LayOut(Table(rows), width: 200, pageHeight: 100);

        var group = canvas.Pages[1].Texts.Single(t => t.Text == "G2");
        // Under the repeated header, after the group's space: Word cannot drop a cell's space at a page's top, and
        // the two documents break pages at the same rows.
        Assert.Equal(30 + Style.GroupSpace + 8, group.BaselineY, 6);
    }

    [Fact]
    public void A_row_moves_whole_to_the_next_page()
    {
        // The seventh row needs three lines; six rows leave it 10 pt on page one.
        var rows = Data(1, 6).Append((TableRowRole.Data, "tall-one tall-two tall-three", "99"));

        var canvas = Build.LayOut(Table(rows), width: 100, pageHeight: 100);

        Assert.DoesNotContain(canvas.Pages[0].ContentTexts, t => t.StartsWith("tall", StringComparison.Ordinal));
        Assert.Equal(["tall-one", "tall-two", "tall-three", "99"], canvas.Pages[1].ContentTexts.Where(t => t.StartsWith("tall", StringComparison.Ordinal) || t == "99"));
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_across_pages()
    {
        // Twelve words of 60 pt, one a line in the 75 pt column: 120 pt of row under a 30 pt top on 100 pt pages.
        var words = Enumerable.Range(1, 12).Select(i => $"w{i:00}-long-wor").ToList();
        var rows = new[] { (TableRowRole.Data, string.Join(" ", words), "1") };

        var canvas = Build.LayOut(Table(rows), width: 100, pageHeight: 100);

        Assert.Equal(2, canvas.Pages.Count);
        Assert.Equal(7, canvas.Pages[0].ContentTexts.Count(t => t.StartsWith('w')));
        Assert.Equal(words, canvas.Pages.SelectMany(p => p.ContentTexts.Where(t => t.StartsWith('w'))));
        Assert.True(canvas.AllClosed);
        Assert.Equal(2, canvas.Structure.Count(s => s.Tag == StructureTag.TableRow)); // header row and the one split row
    }
}
