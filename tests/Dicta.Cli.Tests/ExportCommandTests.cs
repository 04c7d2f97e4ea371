using System.Text.Json;

namespace Dicta.Cli.Tests;

public class ExportCommandTests
{
    private static readonly string[] GoldFields =
        ["article", "start", "length", "content", "kind", "speaker", "speaker_type", "speakers", "mention", "cue", "addressee", "via", "quotes", "topics", "ambiguous", "alternatives"];

    [Fact]
    public void Export_writes_one_json_line_per_statement_with_the_gold_fields()
    {
        var run = CommandLineRun.Of("export");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 50, $"only {lines.Length} statements were exported from the seeds");
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
            Assert.Superset(GoldFields.ToHashSet(), names);
            Assert.Contains(json.RootElement.GetProperty("kind").GetString(), (string[])["direct", "partial", "indirect"]);
        }
    }

    [Fact]
    public void Exported_offsets_point_at_the_exported_content_in_the_article_text()
    {
        var dir = Directory.CreateTempSubdirectory("dicta-cli-");
        try
        {
            var text = "Headline\n\nCrème brûlée 😀 aside, the minister said that “talks were useful,” and left.\n";
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), text);

            var run = CommandLineRun.Of("export", "--corpus", dir.FullName);

            using var json = JsonDocument.Parse(run.Output.Split('\n')[0]);
            var start = json.RootElement.GetProperty("start").GetInt32();
            var length = json.RootElement.GetProperty("length").GetInt32();
            Assert.Equal(json.RootElement.GetProperty("content").GetString(), text.Substring(start, length));
            Assert.Equal("partial", json.RootElement.GetProperty("kind").GetString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Export_to_a_file_writes_the_same_lines()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dicta-export-{Guid.NewGuid():N}.jsonl");
        try
        {
            var toFile = CommandLineRun.Of("export", "--output", file);
            var toStdout = CommandLineRun.Of("export");

            Assert.Equal(0, toFile.ExitCode);
            Assert.Equal(toStdout.Output.ReplaceLineEndings("\n"), File.ReadAllText(file).ReplaceLineEndings("\n"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_user_gazetteer_extends_the_shipped_one()
    {
        var dir = Directory.CreateTempSubdirectory("dicta-cli-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "Headline\n\nThe Freedonian leader said the border would stay open.\n");
            var gazetteer = Path.Combine(dir.FullName, "people.json");
            File.WriteAllText(gazetteer, """
                { "people": [ { "name": "Rufus T. Firefly", "aliases": ["Firefly"], "offices": [ { "titles": ["the Freedonian leader"] } ] } ] }
                """);

            var plain = CommandLineRun.Of("export", "--corpus", Path.Combine(dir.FullName, "a.txt"));
            var extended = CommandLineRun.Of("export", "--corpus", Path.Combine(dir.FullName, "a.txt"), "--gazetteer", gazetteer);

            Assert.DoesNotContain("Rufus T. Firefly", plain.Output, StringComparison.Ordinal);
            Assert.Contains("\"speaker\":\"Rufus T. Firefly\"", extended.Output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_broken_lexicon_file_is_a_diagnostic_with_its_location_and_exit_code_1()
    {
        var dir = Directory.CreateTempSubdirectory("dicta-cli-");
        try
        {
            var topics = Path.Combine(dir.FullName, "topics.json");
            File.WriteAllText(topics, "{ \"topics\": [ { \"slug\": \"x\", \n  ] }");

            var run = CommandLineRun.Of("export", "--topics", topics);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("topics.json(2,", run.Error, StringComparison.Ordinal);
            Assert.NotEmpty(run.Output);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
