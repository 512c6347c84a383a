using BedreBalance.Conformance;

return args switch
{
    [WordExportApp.Option, .. var pairs] => WordExportApp.Run(pairs, Console.Out, Console.Error),
    [PageBreakApp.Option, .. var pairs] => PageBreakApp.Run(pairs, Console.Out, Console.Error),
    _ => ConformanceApp.Run(args, Console.Out, Console.Error),
};
