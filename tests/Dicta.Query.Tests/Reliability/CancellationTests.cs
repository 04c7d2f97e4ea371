using System.Text;
using Dicta.Model;
using Dicta.Model.Text;
using Dicta.Query.Execution;
using Dicta.Query.Linq;
using Dicta.Query.Tests.Execution;

namespace Dicta.Query.Tests.Reliability;

/// <summary>
/// A <see cref="CancellationToken"/> stops a query promptly wherever it is (before it starts, while it scans, while
/// it orders, groups or selects) and leaves the engine answering as before (issue 8). Promptness is checked without
/// clocks where it can be: rows handed to the query cancel the token as they are read, and the test counts how many
/// more rows the query reads after that.
/// </summary>
public sealed class CancellationTests
{
    private const string Control = "statements where kind = 'direct' count";

    [Theory]
    [InlineData("statements where text contains 'a'")]
    [InlineData("statements where speaker = 'Putin'")]
    [InlineData("statements order by text desc")]
    [InlineData("statements group by topic")]
    [InlineData("statements select speaker, text")]
    [InlineData("statements count")]
    public void A_cancelled_token_stops_the_query_before_it_runs_interpreted_or_compiled(string query)
    {
        var engine = new QueryEngine(Seeds.Corpus);
        var expected = engine.Execute(Control).Count;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Execute(query, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => engine.Prepare(query).Compile().Execute(Seeds.Corpus, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => engine.Prepare(query).Execute(Seeds.Corpus.Statements, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Seeds.Corpus.Statements.Execute(engine, query, cancellationToken: cancelled.Token));
        Assert.Equal(expected, engine.Execute(Control).Count);
        Assert.Equal(Seeds.Describe(new QueryEngine(Seeds.Corpus).Execute(query)), Seeds.Describe(engine.Execute(query)));
    }

    /// <summary>Rows a program hands to a query run compiled, through the executor the interpreter shares.</summary>
    [Theory]
    [InlineData("statements where text contains 'the'")]
    [InlineData("statements order by line")]
    [InlineData("statements group by kind")]
    public void A_scan_stops_within_a_row_of_the_cancellation(string query)
    {
        var engine = new QueryEngine(Seeds.Corpus);
        using var cancellation = new CancellationTokenSource();
        var rows = new CountingRows(Seeds.Corpus.Statements, cancelAt: 100, cancellation);

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Prepare(query).Execute(rows, cancellation.Token));

        Assert.Equal(100, rows.ReadBeforeCancellation);
        Assert.InRange(rows.ReadAfterCancellation, 0, 1);
        Assert.Equal(Seeds.Describe(new QueryEngine(Seeds.Corpus).Execute(query)), Seeds.Describe(engine.Execute(query)));
    }

    /// <summary>Found here: ordering computed every row's keys and sorted without looking at the token.</summary>
    [Theory]
    [InlineData("statements order by text desc, line")]
    [InlineData("statements where line > 0 order by date, line limit 5")]
    [InlineData("statements group by topic, kind")]
    [InlineData("statements select speaker, text, quote")]
    public void A_token_cancelled_once_the_rows_are_read_stops_the_ordering_grouping_or_selecting(string query)
    {
        var engine = new QueryEngine(Seeds.Corpus);
        using var cancellation = new CancellationTokenSource();
        var rows = new CountingRows(Seeds.Corpus.Statements, cancelAt: Seeds.Corpus.Statements.Length, cancellation);

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Prepare(query).Execute(rows, cancellation.Token));
        Assert.Equal(Seeds.Corpus.Statements.Length, rows.ReadBeforeCancellation);
    }

    [Fact]
    public void A_long_scan_of_a_large_corpus_stops_when_cancelled_and_the_engine_answers_the_next_query()
    {
        var corpus = ReliabilityCorpora.Large;
        var engine = new QueryEngine(corpus);
        var list = string.Join(", ", Enumerable.Range(0, 20_000).Select(i => $"'no such text {i}'"));
        var query = $"statements where text in ({list}) or quote in ({list})";
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Execute(query, cancellationToken: cancellation.Token));

        Assert.Equal(corpus.Statements.Count(s => s.Kind == StatementKind.Direct), engine.Execute(Control).Count);
    }

    /// <summary>
    /// Found here: a row with many values in several group keys joins the product of their groups, and the token was
    /// looked at only between rows; one row of a hundred quotes, topics and aliases makes a hundred million groups.
    /// </summary>
    [Fact]
    public void Grouping_one_row_into_a_hundred_million_groups_stops_when_cancelled()
    {
        var corpus = ManyValued(100);
        var engine = new QueryEngine(corpus);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            engine.Execute("statements group by topic, quote, speaker.alias, via.alias", cancellationToken: cancellation.Token));

        Assert.Equal(100, engine.Execute("statements group by topic").Groups.Length);
    }

    [Fact]
    public void A_repeated_group_key_is_an_error_however_it_is_written()
    {
        var engine = new QueryEngine(Seeds.Corpus);
        const string Query = "speakers group by alias, (alias), ((ALIAS))";

        var result = engine.Execute(Query);

        Assert.Equal(QueryResultKind.NotRun, result.Kind);
        Assert.Equal(["DQ0120", "DQ0120"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal(["(alias)", "((ALIAS))"], result.Diagnostics.Select(d => Query[d.Location.Span.Start..d.Location.Span.End]));
        Assert.Equal("'(alias)' is already a group key; write each key once", result.Diagnostics[0].Message);
        Assert.True(engine.Execute("statements group by kind, kind").Diagnostics.Single().Id == "DQ0120");
    }

    /// <summary>One statement of <paramref name="count"/> words, each a quote, with as many topics, and a speaker and a channel of as many aliases.</summary>
    private static Corpus ManyValued(int count)
    {
        var text = new StringBuilder();
        var words = new List<TextSpan>();
        for (var i = 0; i < count; i++)
        {
            words.Add(new TextSpan(text.Length, $"w{i}".Length));
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"w{i} ");
        }

        var source = SourceText.From(text.ToString(), "many.txt");
        var whole = new TextSpan(0, source.Length);
        var statement = new Statement
        {
            Kind = StatementKind.Direct,
            ContentSpan = whole,
            QuoteSpans = [.. words],
            Speaker = new Speaker("Speaker", SpeakerKind.Person, Enumerable.Range(0, count).Select(i => $"speaker {i}")),
            Via = new Speaker("Channel", SpeakerKind.Outlet, Enumerable.Range(0, count).Select(i => $"channel {i}")),
            Topics = [.. Enumerable.Range(0, count).Select(i => new Topic($"topic-{i}", $"Topic {i}"))],
        };
        return Corpus.Create([new Article("many", source, new ArticleMetadata(), [new Block(BlockKind.Paragraph, whole)], [new Sentence(whole)], [statement])]);
    }

    /// <summary>Rows that cancel a token when the query has read <c>cancelAt</c> of them, and count what it reads after.</summary>
    private sealed class CountingRows(IEnumerable<Statement> rows, int cancelAt, CancellationTokenSource cancellation) : IEnumerable<Statement>
    {
        public int ReadBeforeCancellation { get; private set; }

        public int ReadAfterCancellation { get; private set; }

        public IEnumerator<Statement> GetEnumerator()
        {
            foreach (var row in rows)
            {
                if (cancellation.IsCancellationRequested)
                {
                    ReadAfterCancellation++;
                }
                else
                {
                    ReadBeforeCancellation++;
                }

                yield return row;
                if (ReadBeforeCancellation == cancelAt && !cancellation.IsCancellationRequested)
                {
                    cancellation.Cancel();
                }
            }

            if (ReadBeforeCancellation == cancelAt && !cancellation.IsCancellationRequested)
            {
                cancellation.Cancel();
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
