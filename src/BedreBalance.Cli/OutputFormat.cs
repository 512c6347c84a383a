namespace BedreBalance.Cli;

public enum OutputFormat
{
    All,
    Pdf,
    Docx,
}
