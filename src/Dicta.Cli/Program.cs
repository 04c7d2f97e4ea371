using Dicta.Cli;

return DictaCommandLine.Run(args, Console.Out, Console.Error);
