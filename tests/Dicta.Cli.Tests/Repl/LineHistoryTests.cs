using Dicta.Cli.Repl;

namespace Dicta.Cli.Tests.Repl;

public class LineHistoryTests
{
    [Fact]
    public void History_is_kept_across_sessions_without_blanks_or_repeats()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dicta-history-{Guid.NewGuid():N}", "history");
        try
        {
            var first = LineHistory.Open(path);
            first.Add("statements count");
            first.Add("statements count");
            first.Add("   ");
            first.Add(":schema");

            var second = LineHistory.Open(path);

            Assert.Equal(["statements count", ":schema"], second.Lines);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void History_keeps_the_newest_lines_up_to_its_capacity()
    {
        var history = LineHistory.InMemory();
        for (var i = 0; i < LineHistory.Capacity + 5; i++)
        {
            history.Add($"q{i}");
        }

        Assert.Equal(LineHistory.Capacity, history.Lines.Count);
        Assert.Equal("q5", history.Lines[0]);
    }
}
