using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(BedreBalance.Benchmarks.PipelineBenchmarks).Assembly).Run(args);
