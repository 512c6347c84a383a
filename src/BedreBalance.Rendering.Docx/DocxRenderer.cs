using BedreBalance.Document;
using BedreBalance.Rendering.Docx.Body;
using BedreBalance.Rendering.Docx.Packaging;
using BedreBalance.Rendering.Docx.Styling;
using BedreBalance.Rendering.Docx.Templates;

namespace BedreBalance.Rendering.Docx;

/// <summary>
/// Renders the format-neutral document model as a Word document (.docx) that staff can edit and merge into a
/// ministry template: built-in styles, real tables, an A4 section with a page-numbered footer.
/// The same document gives the same bytes on any machine, in any culture, at any time.
/// </summary>
public static class DocxRenderer
{
    /// <param name="template">A ministry's Word template whose styles, theme, headers and footers the letter takes on; none by default.</param>
    public static void Render(LetterDocument document, Stream output, WordTemplate? template = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var layout = new PageLayout(document.Page);
        if (template is not null || layout.FirstPageDiffers)
        {
            DocxPackage.Write(TemplateRendering.Parts(document, layout, template), output);
            return;
        }
        var parts = new DocxPackage.Parts(
            Body: BodyWriter.Plan(document, layout, layout.Section(DocxPackage.FooterId)),
            Styles: StyleSheet.Styles(document.Metadata.Language),
            Settings: StyleSheet.Settings(),
            CoreProperties: CoreProperties.Xml(document.Metadata));
        DocxPackage.Write(parts, output);
    }
}
