using BedreBalance.Rendering.Pdf.Layout;

namespace BedreBalance.Rendering.Pdf.Tests.Layout;

/// <summary>Text with an inline structure (a note reference, a span with actual text) is drawn inside its own element.</summary>
public class InlineStructureTests
{
    [Fact]
    public void A_note_marker_is_drawn_inside_a_reference_of_its_own_after_the_word_it_follows()
    {
        var reference = new InlineStructure(StructureTag.Reference);
        var text = new TextBlock(
            [new StyledText("Guldborgsund Kommune", Build.Regular), new StyledText("1", Build.Regular, Superscript: true, Structure: reference)],
            10, Build.LineBreaker, Build.Measurer);

        var canvas = Build.LayOut(new Tagged(StructureTag.TableDataCell, text), width: 400, pageHeight: 100);

        Assert.Equal([(0, StructureTag.TableDataCell), (1, StructureTag.Reference)], canvas.Structure);
        Assert.Equal(["Guldborgsund Kommune", "1"], canvas.Pages[0].ContentTexts);
        Assert.True(canvas.AllClosed);
    }

    [Fact]
    public void A_span_carries_its_actual_text_and_words_of_one_span_stay_one_element()
    {
        var span = new InlineStructure(StructureTag.Span, new StructureAttributes(ActualText: "arbejdspladser"));
        var text = new TextBlock(
            [new StyledText("statslige ", Build.Regular), new StyledText("arbejds- pladser", Build.Regular, Structure: span)],
            10, Build.LineBreaker, Build.Measurer);

        var canvas = Build.LayOut(new Tagged(StructureTag.Paragraph, text), width: 400, pageHeight: 100);

        Assert.Equal([(0, StructureTag.Paragraph), (1, StructureTag.Span)], canvas.Structure);
        Assert.Equal("arbejdspladser", canvas.Attributes[1]!.ActualText);
        Assert.Equal(["statslige", "arbejds- pladser"], canvas.Pages[0].ContentTexts);
    }
}
