using ApprovalTests.Reporters;
using BedreBalance.TestSupport;

// Mismatches fail with a readable line diff; nothing is ever approved automatically.
[assembly: UseReporter(typeof(LineDiffReporter))]
