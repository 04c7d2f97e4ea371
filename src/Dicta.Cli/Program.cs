using Dicta.Cli;

return DictaCommandLine.Run(args, DictaTerminal.FromConsole());
