namespace Dicta.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void Check_on_the_seeds_succeeds()
    {
        var run = CommandLineRun.Of("check");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("5 articles", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_an_unreadable_path_with_its_location_and_exits_1()
    {
        var missing = Path.Combine(Path.GetTempPath(), "dicta-no-such-dir-" + Guid.NewGuid().ToString("N"));

        var run = CommandLineRun.Of("check", "--corpus", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{missing}(1,1): error DX0001:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_shows_the_line_and_a_caret_under_an_article_diagnostic()
    {
        var dir = Directory.CreateTempSubdirectory("dicta-cli-");
        try
        {
            File.WriteAllBytes(Path.Combine(dir.FullName, "bad.txt"), [.. "Headline\n\nIt was \u201Cfine"u8.ToArray(), 0xFF, .. " today.\n"u8.ToArray()]);

            var run = CommandLineRun.Of("check", "--corpus", dir.FullName);

            Assert.Contains("bad.txt(3,", run.Error, StringComparison.Ordinal);
            Assert.Contains("    It was \u201Cfine", run.Error, StringComparison.Ordinal);
            Assert.Contains("^", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
