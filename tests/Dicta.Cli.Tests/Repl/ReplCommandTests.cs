using Dicta.Cli.Repl;

namespace Dicta.Cli.Tests.Repl;

public class ReplCommandTests
{
    [Theory]
    [InlineData(":load  articles/ ", "Load", "articles/")]
    [InlineData(":explain statements count", "Explain", "statements count")]
    [InlineData("  :QUIT", "Quit", "")]
    [InlineData(":q", "Quit", "")]
    [InlineData(":nope x", "Unknown", "x")]
    public void Commands_parse_to_their_kind_and_argument(string line, string kind, string argument)
    {
        var command = ReplCommand.Parse(line);

        Assert.Equal(Enum.Parse<ReplCommandKind>(kind), command.Kind);
        Assert.Equal(argument, command.Argument);
    }
}
