using BedreBalance.Benchmarks.ScaledRun;

return ScaledRunApp.Run(args);
