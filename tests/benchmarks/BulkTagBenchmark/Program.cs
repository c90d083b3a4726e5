using EventStreamConsole.Benchmarks;

return await BulkTagBenchmark.RunAsync(args);
