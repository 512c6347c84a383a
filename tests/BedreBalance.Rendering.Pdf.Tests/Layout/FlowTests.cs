using BedreBalance.Rendering.Pdf.Layout;

namespace BedreBalance.Rendering.Pdf.Tests.Layout;

public class FlowTests
{
    private static string Lines(int count, string prefix = "line") =>
        string.Join(" ", Enumerable.Range(1, count).Select(i => $"{prefix}{i:00}"));

    [Fact]
    public void A_paragraph_continues_on_the_next_page_where_it_stopped()
    {
        // "lineNN" is 6 characters = 30 pt: one word a line at width 40, 10 pt a line, 5 lines a page.
        var canvas = Build.LayOut(Build.Paragraph(Lines(12)), width: 40, pageHeight: 50);

        Assert.Equal(3, canvas.Pages.Count);
        Assert.Equal(["line01", "line02", "line03", "line04", "line05"], canvas.Pages[0].ContentTexts);
        Assert.Equal(["line06", "line07", "line08", "line09", "line10"], canvas.Pages[1].ContentTexts);
        Assert.Equal(["line11", "line12"], canvas.Pages[2].ContentTexts);
        Assert.True(canvas.AllClosed);
        Assert.Single(canvas.Structure); // one P, open across both page breaks
    }

    [Fact]
    public void A_block_drawn_to_its_last_line_stays_complete_and_draws_nothing_more_after_letting_its_lines_go()
    {
        // A cell whose row continues on the next page is measured and drawn again there (TableElement.DrawRow):
        // once its last line is drawn it must say so without its lines, and keep its height.
        var cell = Build.Cell(Lines(3));
        var canvas = new RecordingCanvas();
        canvas.BeginPage(1);
        canvas.BeginStructure(StructureTag.TableDataCell);

        cell.Draw(canvas, 0, 0, width: 40, availableHeight: 20);
        Assert.False(cell.IsComplete);
        Assert.Equal(1, cell.RemainingLines(40));
        cell.Draw(canvas, 0, 0, width: 40, availableHeight: 20);

        Assert.True(cell.IsComplete);
        Assert.Equal(0, cell.RemainingLines(40));
        Assert.Equal(SpacePlan.Full(0), cell.Measure(40, 100));
        Assert.Equal(30, cell.Height(40));
        cell.Draw(canvas, 0, 0, width: 40, availableHeight: 100);
        Assert.Equal(["line01", "line02", "line03"], canvas.Pages[0].ContentTexts);
    }

    [Fact]
    public void The_last_line_of_a_paragraph_never_stands_alone_at_the_top_of_a_page()
    {
        var canvas = Build.LayOut(Build.Paragraph(Lines(6)), width: 40, pageHeight: 50);

        Assert.Equal(4, canvas.Pages[0].ContentTexts.Count);
        Assert.Equal(["line05", "line06"], canvas.Pages[1].ContentTexts);
    }

    [Fact]
    public void The_first_line_of_a_paragraph_never_stands_alone_at_the_bottom_of_a_page()
    {
        var root = new Column([new ColumnItem(Build.Paragraph(Lines(4, "a"))), new ColumnItem(Build.Paragraph(Lines(3, "b")))]);

        var canvas = Build.LayOut(root, width: 20, pageHeight: 50);

        Assert.Equal(["a01", "a02", "a03", "a04"], canvas.Pages[0].ContentTexts);
        Assert.Equal(["b01", "b02", "b03"], canvas.Pages[1].ContentTexts);
    }

    [Fact]
    public void A_heading_moves_to_the_next_page_with_the_text_it_heads()
    {
        var root = new Column(
        [
            new ColumnItem(Build.Paragraph(Lines(4, "a"))),
            new ColumnItem(new Tagged(StructureTag.Heading2, Build.Text("Svar")), KeepWithNext: true),
            new ColumnItem(Build.Paragraph(Lines(2, "b"))),
        ]);

        var canvas = Build.LayOut(root, width: 20, pageHeight: 50);

        Assert.Equal(["a01", "a02", "a03", "a04"], canvas.Pages[0].ContentTexts);
        Assert.Equal(["Svar", "b01", "b02"], canvas.Pages[1].ContentTexts);
    }

    [Fact]
    public void A_chain_of_headings_moves_together()
    {
        var root = new Column(
        [
            new ColumnItem(Build.Paragraph(Lines(2, "a"))),
            new ColumnItem(new Tagged(StructureTag.Heading1, Build.Text("Title")), KeepWithNext: true),
            new ColumnItem(new Tagged(StructureTag.Heading2, Build.Text("Label")), KeepWithNext: true),
            new ColumnItem(Build.Paragraph(Lines(3, "b"))),
        ]);

        var canvas = Build.LayOut(root, width: 30, pageHeight: 50);

        Assert.Equal(["a01", "a02"], canvas.Pages[0].ContentTexts);
        Assert.Equal(["Title", "Label", "b01", "b02", "b03"], canvas.Pages[1].ContentTexts);
    }

    [Fact]
    public void The_gap_above_an_element_is_dropped_at_the_top_of_a_page()
    {
        var root = new Column([new ColumnItem(Build.Paragraph(Lines(5, "a"))), new ColumnItem(Build.Paragraph(Lines(2, "b")), SpaceBefore: 7)]);

        var canvas = Build.LayOut(root, width: 20, pageHeight: 50);

        Assert.Equal(2, canvas.Pages.Count);
        var first = canvas.Pages[1].Texts.First(t => !t.IsArtifact);
        Assert.Equal(8, first.BaselineY, 6); // top of page + 0.8 × 10 pt ascent, no gap
    }

    [Fact]
    public void Kept_together_content_moves_whole_to_the_next_page()
    {
        var signature = new KeepTogether(new Column(
        [
            new ColumnItem(Build.Paragraph("Med")),
            new ColumnItem(Build.Paragraph("Name"), SpaceBefore: 20),
            new ColumnItem(Build.Paragraph("Title")),
        ]), pageHeight: 50);
        var root = new Column([new ColumnItem(Build.Paragraph(Lines(2, "a"))), new ColumnItem(signature)]);

        var canvas = Build.LayOut(root, width: 30, pageHeight: 50);

        Assert.Equal(["a01", "a02"], canvas.Pages[0].ContentTexts);
        Assert.Equal(["Med", "Name", "Title"], canvas.Pages[1].ContentTexts);
    }

    [Fact]
    public void Right_aligned_text_ends_at_the_right_edge()
    {
        var canvas = Build.LayOut(new Tagged(StructureTag.Paragraph, Build.Text("2.872", alignment: TextAlignment.Right)), width: 100, pageHeight: 50);

        var number = Assert.Single(canvas.Pages[0].Texts, t => !t.IsArtifact);
        Assert.Equal(100 - 25, number.X, 6);
    }

    [Fact]
    public void Page_numbers_are_artifacts()
    {
        var canvas = Build.LayOut(Build.Paragraph(Lines(12)), width: 40, pageHeight: 50);

        Assert.Equal(["1", "2", "3"], canvas.Pages.Select(p => Assert.Single(p.Texts, t => t.IsArtifact).Text));
    }
}
