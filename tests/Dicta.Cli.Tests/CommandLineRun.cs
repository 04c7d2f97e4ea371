namespace Dicta.Cli.Tests;

/// <summary>One run of the dicta command line with what it printed.</summary>
internal sealed record CommandLineRun(int ExitCode, string Output, string Error)
{
    public static CommandLineRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = DictaCommandLine.Run(args, output, error);
        return new CommandLineRun(exitCode, output.ToString(), error.ToString());
    }
}
