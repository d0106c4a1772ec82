using BackpainGuide.Cli;

return Runner.Run(args, Console.Out, Console.Error, RunContext.Default with { OwnsProcess = true });
