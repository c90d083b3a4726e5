using EventStreamConsole.Benchmarks;

return await SweepBenchmark.RunAsync(args);
