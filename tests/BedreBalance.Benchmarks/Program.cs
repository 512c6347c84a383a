using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// ApprovalTests' build props turn optimisation off in every project that references it, BedreBalance.TestSupport
// included. TestSupport only builds the synthetic datasets in [GlobalSetup]; nothing it contains is measured, and
// every measured assembly is optimised, so BenchmarkDotNet's check for non-optimised references is switched off.
var config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(BedreBalance.Benchmarks.PipelineBenchmarks).Assembly).Run(args, config);
