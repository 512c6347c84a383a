namespace BedreBalance.Conformance;

/// <summary>A violation found by a check: where (page, element, object) and what, in a sentence.</summary>
public sealed record Violation(string Where, string What)
{
    public override string ToString() => $"{Where}: {What}";
}

/// <summary>
/// One rule of the tagged, archival PDF that a program can check, reading only the finished file. A check yields
/// every violation it finds and throws if the file is too broken for it to judge.
/// </summary>
public interface IStructureCheck
{
    /// <summary>A short kebab-case name, printed before each violation.</summary>
    string Name { get; }

    IEnumerable<Violation> Check(TaggedPdf pdf);
}
