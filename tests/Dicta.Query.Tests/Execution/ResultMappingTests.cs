using System.Collections.Immutable;
using Dicta.Model;

namespace Dicta.Query.Tests.Execution;

public class ResultMappingTests
{
    private static readonly QueryEngine Engine = new(Seeds.Corpus);

    public sealed record Line(Speaker Speaker, string Text, DateOnly? Date);

    public sealed record Tally(int Count, string Speaker);

    public sealed record Tagged(string Text, ImmutableArray<string> Topic, string[] Quote, IReadOnlyList<Topic> Topics);

    [Fact]
    public void Rows_map_to_a_record_by_column_name_in_any_order()
    {
        var result = Engine.Execute("statements where speaker = 'Putin' select date, text, speaker");

        var lines = result.As<Line>();

        Assert.Equal(result.Rows.Length, lines.Length);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Contains("Vladimir Putin", line.Speaker.Name, StringComparison.Ordinal));
        Assert.Equal(result.Rows.Select(r => (string)r["text"]!), lines.Select(l => l.Text));
        Assert.Equal(result.Rows.Select(r => (DateOnly?)r["date"]), lines.Select(l => l.Date));
    }

    [Fact]
    public void Groups_map_with_their_count_and_symbols_become_names()
    {
        var result = Engine.Execute("statements group by speaker limit 3");

        var tallies = result.As<Tally>();
        var tuples = result.As<(string Who, long N)>();

        Assert.Equal(result.Groups.Select(g => (((Speaker)g.Keys[0]!).Name, g.Count)), tallies.Select(t => (t.Speaker, t.Count)));
        Assert.Equal(tallies.Select(t => (t.Speaker, (long)t.Count)), tuples.Select(t => (t.Who, t.N)));
    }

    [Fact]
    public void Many_valued_columns_map_to_arrays_immutable_arrays_and_lists()
    {
        var result = Engine.Execute("statements where topic = 'taiwan' and kind = 'direct' select text, topic, quote, topic as topics");

        var tagged = result.As<Tagged>();

        Assert.NotEmpty(tagged);
        Assert.All(tagged, t => Assert.Contains("taiwan", t.Topic));
        Assert.All(tagged, t => Assert.NotEmpty(t.Quote));
        Assert.Equal(tagged.Select(t => t.Topic.AsEnumerable()), tagged.Select(t => t.Topics.Select(topic => topic.Slug)));
    }

    [Fact]
    public void Items_single_columns_and_counts_map_to_their_values()
    {
        Assert.Equal(Seeds.Corpus.Speakers.Select(s => s.Name), Engine.Execute("speakers").As<string>());
        var statements = Engine.Execute("statements");
        Assert.True(statements.ItemsOf<Statement>().AsEnumerable().SequenceEqual(statements.As<Statement>().AsEnumerable(), ReferenceEqualityComparer.Instance));
        Assert.Equal(Seeds.Corpus.Statements.Select(s => s.Line), Engine.Execute("statements select line").As<int>());
        Assert.Equal(Seeds.Corpus.Statements.Length, Assert.Single(Engine.Execute("statements count").As<int>()));
        Assert.Equal(Seeds.Corpus.Statements.Select(s => s.Via?.Name), Engine.Execute("statements select via").As<string?>());
    }

    [Fact]
    public void A_row_value_can_be_read_typed()
    {
        var row = Engine.Execute("statements where speaker = 'Putin' limit 1 select speaker, line").Rows[0];

        Assert.Equal("Vladimir Putin", row.Get<string>("speaker"));
        Assert.IsType<Speaker>(row.Get<Speaker>("speaker"));
        Assert.Equal(Convert.ToInt32(row["line"], System.Globalization.CultureInfo.InvariantCulture), row.Get<int>("line"));
    }

    [Fact]
    public void What_does_not_fit_says_why()
    {
        var wrongType = Assert.Throws<InvalidOperationException>(() => Engine.Execute("statements select text, line, speaker").As<(int, int, int)>());
        Assert.Contains("'text'", wrongType.Message, StringComparison.Ordinal);

        var noConstructor = Assert.Throws<InvalidOperationException>(() => Engine.Execute("statements select text, line").As<Line>());
        Assert.Contains("constructor", noConstructor.Message, StringComparison.Ordinal);

        var notRun = Assert.Throws<InvalidOperationException>(() => Engine.Execute("statements where nosuch = 1").As<Statement>());
        Assert.Contains("DQ0101", notRun.Message, StringComparison.Ordinal);
    }
}
