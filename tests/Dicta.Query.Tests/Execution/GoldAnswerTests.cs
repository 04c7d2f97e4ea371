using System.Reflection;
using System.Text.Json;
using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Query.Tests.Execution;

/// <summary>The design card's example, answered on the seeds and checked against the hand-made gold file.</summary>
public class GoldAnswerTests
{
    [Fact]
    public void Statements_by_Putin_about_Taiwan_match_the_gold()
    {
        var answer = Seeds.Statements(Seeds.Run("statements where speaker = \"Putin\" and topic = \"Taiwan\""));

        var gold = ReadGold()
            .Where(g => (g.Speaker == "Vladimir Putin" || g.Speakers.Contains("Vladimir Putin")) && g.Topics.Contains("taiwan"))
            .ToList();
        Assert.NotEmpty(gold);
        Assert.All(answer, s =>
        {
            Assert.Contains(s.Speaker.SelfAndMembers(), p => p.Name == "Vladimir Putin");
            Assert.Contains(s.Topics, t => t.Slug == "taiwan");
        });
        var found = gold.Count(g => answer.Any(s => s.Article.Id == g.Article && Overlaps(s, g.Content)));
        Assert.True(
            answer.Length == gold.Count || found >= 0.9 * gold.Count,
            $"found {found} of {gold.Count} gold statements, answered {answer.Length}");
    }

    private static bool Overlaps(Statement statement, string content)
    {
        var text = statement.Source.ToString();
        var start = text.IndexOf(content, StringComparison.Ordinal);
        return start >= 0 && statement.ContentSpan.OverlapsWith(new TextSpan(start, content.Length));
    }

    private static List<GoldStatement> ReadGold()
    {
        var root = typeof(GoldAnswerTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        var path = Path.Combine(root, "..", "shared", "gold", "seeds.jsonl");
        return [.. File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(Parse)];
    }

    private static GoldStatement Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var record = document.RootElement;
        return new GoldStatement(
            record.GetProperty("article").GetString()!,
            record.GetProperty("speaker").GetString()!,
            [.. record.GetProperty("speakers").EnumerateArray().Select(e => e.GetString()!)],
            [.. record.GetProperty("topics").EnumerateArray().Select(e => e.GetString()!)],
            record.GetProperty("content").GetString()!);
    }

    private sealed record GoldStatement(string Article, string Speaker, List<string> Speakers, List<string> Topics, string Content);
}
