namespace Dicta.Cli.Tests;

public class SummaryCommandTests
{
    [Fact]
    public void Summary_with_no_corpus_summarises_the_embedded_seed_corpus()
    {
        var run = CommandLineRun.Of("summary");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Corpus from the embedded seed articles: 5 articles", run.Output, StringComparison.Ordinal);
        Assert.Contains("000_571892bab8bfb740.txt", run.Output, StringComparison.Ordinal);
        Assert.Contains("004_69da86e87e65e6a7.txt", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_with_a_corpus_summarises_that_corpus()
    {
        var dir = Directory.CreateTempSubdirectory("dicta-cli-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "one.txt"), "Headline\n\nThe minister said talks went well.\n");

            var run = CommandLineRun.Of("summary", "--corpus", dir.FullName);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains(": 1 articles", run.Output, StringComparison.Ordinal);
            Assert.Contains("one.txt", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_exit_code_2()
    {
        var run = CommandLineRun.Of("--no-such-option");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-option", run.Error, StringComparison.Ordinal);
        Assert.Contains("dicta --help", run.Error, StringComparison.Ordinal);
    }
}
