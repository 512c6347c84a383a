using BedreBalance.Conformance;

return ConformanceApp.Run(args, Console.Out, Console.Error);
