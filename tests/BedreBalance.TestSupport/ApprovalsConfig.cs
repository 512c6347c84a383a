using ApprovalTests.Reporters;

// Compiled into each test project (linked from its .csproj), not into TestSupport: ApprovalTests reads the
// reporter from the test's own assembly.
// Mismatches fail with a readable line diff; nothing is ever approved automatically.
[assembly: UseReporter(typeof(LineDiffReporter))]
