namespace Dicta.Cli.Tests;

public class LoadingLimitOptionTests
{
    private const string Small = "Headline\n\n\u201CWe are ready,\u201D Putin said.\n";

    [Fact]
    public void Max_file_size_turns_away_larger_files_with_an_error_against_their_path_and_loads_the_rest()
    {
        var dir = Directory.CreateTempSubdirectory("dicta-cli-limits-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a-small.txt"), Small);
            var large = Path.Combine(dir.FullName, "b-large.txt");
            File.WriteAllText(large, Small + new string('x', 3000) + "\n");

            var limited = CommandLineRun.Of("check", "--corpus", dir.FullName, "--max-file-size", "2K");
            var unlimited = CommandLineRun.Of("check", "--corpus", dir.FullName);

            Assert.Equal(1, limited.ExitCode);
            Assert.Contains($"{large}(1,1): error DX0003:", limited.Error, StringComparison.Ordinal);
            Assert.Contains("1 article", limited.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("DX0003", unlimited.Error, StringComparison.Ordinal);
            Assert.Contains("2 articles", unlimited.Output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Max_articles_keeps_the_first_ones_and_warns()
    {
        var run = CommandLineRun.Of("check", "--max-articles", "2");

        Assert.Contains("2 articles", run.Output, StringComparison.Ordinal);
        Assert.Contains("DX0005", run.Error + run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-file-size", "0")]
    [InlineData("--max-file-size", "-5")]
    [InlineData("--max-file-size", "12X")]
    [InlineData("--max-file-size", "99999999999G")]
    [InlineData("--max-articles", "0")]
    [InlineData("--max-articles", "many")]
    public void A_bad_limit_is_a_usage_error(string option, string value)
    {
        var run = CommandLineRun.Of("check", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }
}
