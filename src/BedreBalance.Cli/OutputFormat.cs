namespace BedreBalance.Cli;

internal enum OutputFormat
{
    All,
    Pdf,
    Docx,
}
