using BedreBalance.Conformance;

return args is [WordExportApp.Option, .. var pairs]
    ? WordExportApp.Run(pairs, Console.Out, Console.Error)
    : ConformanceApp.Run(args, Console.Out, Console.Error);
