namespace BedreBalance.Rendering.Pdf.Tests;

public class RenderSmokeTests
{
    [Fact]
    public void Writes_the_letter()
    {
        using var file = File.Create("/tmp/pdfout/letter.pdf");
        PdfRenderer.Render(TestLetter.Create(), file);
    }
}
