using EventStreamConsole;

return await ConsoleWebApplication.RunAsync(args);
