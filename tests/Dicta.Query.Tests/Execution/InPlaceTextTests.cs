using System.Text.RegularExpressions;
using Dicta.Model;
using Dicta.Model.Text;
using Dicta.Query.Binding;
using Dicta.Query.Execution;
using Dicta.Query.Schema;
using Dicta.Query.Syntax;
using Dicta.Query.Testing;
using Dicta.Query.Tests.Reliability;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Query.Tests.Execution;

/// <summary>
/// Tests on text that lies in an article (<c>text</c>, <c>quote</c>, <c>cue</c>, <c>mention</c>) search it in place
/// (issue 7): compiled and interpreted, they answer exactly as the same tests on copies of the text did, ignoring case
/// the same way, with anchors and lookarounds at the text's own ends; and a compiled scan copies nothing per row.
/// </summary>
public sealed class InPlaceTextTests
{
    private static readonly string[] SpanFields = ["text", "quote", "cue", "mention"];
    private static readonly string[] Operators = ["has", "contains", "startswith", "endswith", "=", "!=", "matches"];

    /// <summary>The pieces of <see cref="NonAscii"/>'s text, one statement each; the article joins them with new lines.</summary>
    private static readonly string[] NonAsciiContents =
    [
        "Die Straße ist GROẞ",
        "ΛΌΓΟΣ and the λόγος",
        "the \u212Aelvin scale",
        "un café",
        "un cafe\u0301",
    ];

    private static readonly Lazy<Corpus> NonAscii = new(() => OnePerLine(NonAsciiContents));

    [Fact]
    public void The_fields_that_lie_in_the_article_have_span_accessors_that_read_what_their_accessors_read()
    {
        var statements = QuerySchema.Default["statements"];
        var context = new QueryContext(Seeds.Corpus);

        Assert.Equal(SpanFields, statements.Fields.Where(f => f.SpanAccessor is not null).Select(f => f.Name));
        foreach (var row in Seeds.Corpus.Statements)
        {
            foreach (var field in statements.Fields.Where(f => f.SpanAccessor is not null))
            {
                var copies = field.IsMany
                    ? ((IEnumerable<string>)field.Read(context, row)!).ToList()
                    : field.Read(context, row) is string copy ? [copy] : [];
                var spans = field.IsMany
                    ? field.ReadSpans!(context, row).Select(s => s.ToString()).ToList()
                    : field.ReadSpan!(context, row) is { } span ? [span.ToString()] : [];
                Assert.Equal(copies, spans);
            }
        }
    }

    [Fact]
    public void A_span_accessor_must_read_text_from_the_accessor_s_row()
    {
        System.Linq.Expressions.Expression<Func<QueryContext, Statement, decimal?>> line = (c, s) => s.Line;
        System.Linq.Expressions.Expression<Func<QueryContext, Statement, string>> text = (c, s) => s.Content.ToString();
        System.Linq.Expressions.Expression<Func<QueryContext, Statement, ReadOnlyMemory<char>?>> content = (c, s) => s.Content;
        System.Linq.Expressions.Expression<Func<QueryContext, Article, ReadOnlyMemory<char>?>> articleText = (c, a) => a.Text.AsMemory();
        System.Linq.Expressions.Expression<Func<QueryContext, Statement, ReadOnlyMemory<char>>> notNullable = (c, s) => s.Content;

        Assert.Throws<ArgumentException>(() => new FieldSymbol("line", QueryType.Number, false, "d", line, spanAccessor: content));
        Assert.Throws<ArgumentException>(() => new FieldSymbol("text", QueryType.Text, false, "d", text, spanAccessor: articleText));
        Assert.Throws<ArgumentException>(() => new FieldSymbol("text", QueryType.Text, false, "d", text, spanAccessor: notNullable));
        Assert.Throws<ArgumentException>(() => new FieldSymbol("text", QueryType.Text, true, "d", (System.Linq.Expressions.Expression<Func<QueryContext, Statement, IEnumerable<string>>>)((c, s) => new[] { s.Content.ToString() }), spanAccessor: content));
        Assert.Equal("text", new FieldSymbol("text", QueryType.Text, false, "d", text, spanAccessor: content).Name);
    }

    [Theory]
    [InlineData("text", "contains", "MULTIPOLAR")]
    [InlineData("text", "contains", "world ORDER")]
    [InlineData("text", "startswith", "THE")]
    [InlineData("text", "endswith", ".”")]
    [InlineData("text", "has", "TAIWAN")]
    [InlineData("text", "matches", "^the")]
    [InlineData("text", "matches", "[.,]”?$")]
    [InlineData("text", "matches", "(?<=\\bthe )world")]
    [InlineData("quote", "contains", "world")]
    [InlineData("quote", "startswith", "we")]
    [InlineData("quote", "endswith", ",")]
    [InlineData("quote", "has", "China")]
    [InlineData("quote", "matches", "^we\\b")]
    [InlineData("quote", "=", "QUESTIONS and concerns")]
    [InlineData("cue", "=", "SAID")]
    [InlineData("cue", "!=", "said")]
    [InlineData("cue", "contains", "")]
    [InlineData("cue", "endswith", "TO")]
    [InlineData("mention", "startswith", "president")]
    [InlineData("mention", "has", "XI")]
    [InlineData("mention", "matches", "^(he|she)$")]
    public void On_the_seeds_every_way_of_running_answers_as_the_test_on_copies_did(string field, string op, string value)
    {
        var query = Seeds.Bind($"statements where {field} {op} $value", new Dictionary<string, object?> { ["value"] = value });
        var expected = Seeds.Corpus.Statements.Where(s => OnCopies(s, field, op, value)).ToList();

        var result = Seeds.RunAllWays(query);

        Assert.NotEmpty(expected);
        Assert.Equal(Describe(expected), Seeds.Describe(result));
    }

    [Theory]
    [InlineData("text", "contains", "straße", new[] { 0 })]
    [InlineData("text", "contains", "STRASSE", new int[0])]
    [InlineData("text", "contains", "groß", new int[0])]
    [InlineData("text", "has", "groß", new[] { 0 })]
    [InlineData("text", "contains", "λόγοσ", new[] { 1 })]
    [InlineData("text", "has", "λόγος", new[] { 1 })]
    [InlineData("text", "contains", "kelvin", new int[0])]
    [InlineData("text", "has", "kelvin", new[] { 2 })]
    [InlineData("text", "=", "THE \u212AELVIN SCALE", new[] { 2 })]
    [InlineData("text", "!=", "the \u212Aelvin scale", new[] { 0, 1, 3, 4 })]
    [InlineData("text", "contains", "É", new[] { 3 })]
    [InlineData("text", "endswith", "E\u0301", new[] { 4 })]
    [InlineData("quote", "startswith", "DIE STRAßE", new[] { 0 })]
    [InlineData("text", "matches", "^the", new[] { 2 })]
    [InlineData("text", "matches", "scale$", new[] { 2 })]
    [InlineData("text", "matches", "(?<=\\n)the", new int[0])]
    [InlineData("text", "matches", "caf(é|e\u0301)$", new[] { 3, 4 })]
    [InlineData("quote", "matches", "Λόγοσ", new[] { 1 })]
    public void Outside_ASCII_text_read_in_place_folds_case_and_cuts_terms_as_copies_did(string field, string op, string value, int[] expected)
    {
        var corpus = NonAscii.Value;
        var query = Bind(corpus, field, op, value);
        var compiled = QueryCompiler.Compile(query);

        var answers = new[]
        {
            QueryInterpreter.Execute(query, corpus),
            QueryInterpreter.Execute(query, QueryPlanner.Plan(query), corpus),
            compiled.Execute(corpus),
            compiled.ExecuteScan(corpus),
        };

        var statements = corpus.Statements;
        Assert.Equal(Describe(expected.Select(i => statements[i])), Describe(statements.Where(s => OnCopies(s, field, op, value))));
        Assert.All(answers, answer => Assert.Equal(Describe(expected.Select(i => statements[i])), Seeds.Describe(answer)));
    }

    [Property(MaxTest = 300)]
    public Property On_random_corpora_every_way_of_running_answers_as_the_test_on_copies_did() =>
        Prop.ForAll(CorpusGenerators.Corpora(), Cases.ToArbitrary(), (corpus, test) =>
        {
            var query = Bind(corpus, test.Field, test.Op, test.Value);
            var compiled = QueryCompiler.Compile(query);
            var expected = Describe(corpus.Statements.Where(s => OnCopies(s, test.Field, test.Op, test.Value)));
            var answers = new[]
            {
                Seeds.Describe(QueryInterpreter.Execute(query, corpus)),
                Seeds.Describe(QueryInterpreter.Execute(query, QueryPlanner.Plan(query), corpus)),
                Seeds.Describe(compiled.Execute(corpus)),
                Seeds.Describe(compiled.ExecuteScan(corpus)),
            };
            return answers.All(a => a == expected)
                .Label($"{test}\nexpected:\n{expected}\nanswers:\n{string.Join("\n--\n", answers)}\ncorpus:\n{CorpusGenerators.Describe(corpus)}");
        });

    [Theory]
    [InlineData("text")]
    [InlineData("quote")]
    public void A_regular_expression_that_runs_out_of_time_on_text_read_in_place_is_DQ0200_at_the_pattern_and_no_match(string field)
    {
        var corpus = ReliabilityCorpora.OneStatement(new string('a', 100_000) + "!");
        var text = $"statements where {field} matches /^(a+)+\\1$/";
        var query = Binder.Bind(SyntaxTree.Parse(text), null, corpus, TimeSpan.FromMilliseconds(20));
        Assert.False(query.HasErrors, string.Join("\n", query.Diagnostics));

        foreach (var result in new[] { QueryInterpreter.Execute(query, corpus), QueryCompiler.Compile(query).Execute(corpus) })
        {
            Assert.Empty(result.Items);
            var timeout = Assert.Single(result.Diagnostics, d => d.Id == "DQ0200");
            Assert.Equal(text.IndexOf('/', StringComparison.Ordinal), timeout.Location.Span.Start);
        }
    }

    /// <summary>
    /// The compiled scan and the interpreter read each row's text in place: a scan of a few thousand statements allocates
    /// what a scan of a few dozen does (the run's fixed costs, which depend on the machine's cores), where a copy of the
    /// text per row (the old accessor, <c>s.Content.ToString()</c>) costs at least 24 bytes a row, and on these articles
    /// over a hundred.
    /// </summary>
    [Theory]
    [InlineData("statements where text contains 'zqxj'")]
    [InlineData("statements where text contains $value", "ZQXJ")]
    [InlineData("statements where text matches /zqxj|jxqz/")]
    [InlineData("statements where text startswith 'zqxj' or text endswith 'zqxj' or text = 'zqxj' or text in ('qj', 'zx')")]
    [InlineData("statements where cue contains 'zqxj' or mention startswith 'zqxj' or cue matches /zqxj/")]
    public void A_scan_of_text_read_in_place_allocates_nothing_per_row(string text, string? value = null)
    {
        var parameters = value is null ? null : new Dictionary<string, object?> { ["value"] = value };
        var compiled = new QueryEngine(Seeds.Corpus).Prepare(text, parameters);
        var interpreted = new QueryEngine(Seeds.Corpus, new QueryEngineOptions { CompileAfterRuns = int.MaxValue }).Prepare(text, parameters);
        Assert.False(compiled.HasErrors, string.Join("\n", compiled.Diagnostics));
        compiled.Compile();
        var large = ReliabilityCorpora.SeedsRepeated((2_000 / Seeds.Corpus.Statements.Length) + 2);
        var extraRows = large.Statements.Length - Seeds.Corpus.Statements.Length;
        Assert.True(extraRows >= 2_000, $"only {extraRows} more statements");

        foreach (var prepared in new[] { compiled, interpreted })
        {
            var few = Allocated(prepared, Seeds.Corpus);
            var many = Allocated(prepared, large);

            Assert.True(
                many - few < extraRows * 2,
                $"{(prepared.IsCompiled ? "compiled" : "interpreted")}: {many} bytes for {large.Statements.Length} statements, {few} for {Seeds.Corpus.Statements.Length}");
        }

        Assert.False(interpreted.IsCompiled);
    }

    /// <summary>The bytes the second of two runs allocates on this thread (the first compiles and warms up); the answer is empty.</summary>
    private static long Allocated(PreparedQuery prepared, Corpus corpus)
    {
        Assert.Empty(prepared.Execute(corpus).Items);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = prepared.Execute(corpus);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Empty(result.Items);
        return allocated;
    }

    /// <summary>The words of the generated corpora, and letters whose case folding and lower-casing disagree.</summary>
    private static readonly string[] Words =
        [.. CorpusGenerationOptions.Default.Words, "", "ss", "SS", "σ", "ς", "Σ", "\u212A", "K", "e\u0301", "é", "the world", "said the"];

    /// <summary>A field, an operator and the value it looks for; for <c>matches</c>, a pattern made of a value.</summary>
    private sealed record Case(string Field, string Op, string Value);

    /// <summary>
    /// Values cut from the words the generated corpora are made of (so they match some rows and miss others), in their
    /// own case, upper or lower case, or a piece of one; for <c>matches</c> the value escaped, anchored or looked around.
    /// </summary>
    private static readonly Gen<Case> Cases =
        from field in Gen.Elements(SpanFields)
        from op in Gen.Elements(Operators)
        from word in Gen.Elements(Words)
        from shape in Gen.Choose(0, 3)
        from start in Gen.Choose(0, word.Length)
        from length in Gen.Choose(0, word.Length - start)
        from anchor in Gen.Choose(0, 4)
        let value = shape switch
        {
            0 => word,
            1 => word.ToUpperInvariant(),
            2 => word.ToLowerInvariant(),
            _ => word.Substring(start, length),
        }
        select new Case(field, op, op == "matches" ? Pattern(value, anchor) : value);

    private static string Pattern(string value, int anchor)
    {
        var escaped = Regex.Escape(value);
        return anchor switch
        {
            0 => escaped,
            1 => "^" + escaped,
            2 => escaped + "$",
            3 => "(?<!\\w)" + escaped + "(?!\\w)",
            _ => "\\b" + escaped + "|^$",
        };
    }

    private static BoundQuery Bind(Corpus corpus, string field, string op, string value)
    {
        var query = Binder.Bind(SyntaxTree.Parse($"statements where {field} {op} $value"), new Dictionary<string, object?> { ["value"] = value }, corpus);
        Assert.False(query.HasErrors, string.Join("\n", query.Diagnostics));
        return query;
    }

    /// <summary>The test as it ran before texts were read in place: on a string copy of each value, with the BCL's own string methods.</summary>
    private static bool OnCopies(Statement statement, string field, string op, string value)
    {
        var copies = Copies(statement, field).ToList();
        return op switch
        {
            "has" => copies.Any(c => Terms.Contains(c.AsMemory(), value)),
            "contains" => copies.Any(c => c.Contains(value, StringComparison.OrdinalIgnoreCase)),
            "startswith" => copies.Any(c => c.StartsWith(value, StringComparison.OrdinalIgnoreCase)),
            "endswith" => copies.Any(c => c.EndsWith(value, StringComparison.OrdinalIgnoreCase)),
            "=" => copies.Any(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase)),
            "!=" => !copies.Any(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase)),
            _ => copies.Any(c => QueryRegex.TryCreate(value, string.Empty, null, out _)!.Regex.IsMatch(c)),
        };
    }

    private static IEnumerable<string> Copies(Statement statement, string field) => field switch
    {
        "text" => [statement.Source.ToString(statement.ContentSpan)],
        "quote" => statement.QuoteSpans.Select(statement.Source.ToString),
        "cue" => statement.CueSpan is { } cue ? [statement.Source.ToString(cue)] : [],
        _ => statement.MentionSpan is { } mention ? [statement.Source.ToString(mention)] : [],
    };

    private static string Describe(IEnumerable<Statement> statements) => string.Join('\n', statements.Select(Seeds.Format));

    /// <summary>
    /// One article whose lines are <paramref name="contents"/>, one direct statement each, quoting the whole line; every
    /// other statement has its first word as cue and its last as mention.
    /// </summary>
    private static Corpus OnePerLine(string[] contents)
    {
        var text = string.Join('\n', contents);
        var source = SourceText.From(text, "lines.txt");
        var statements = new List<Statement>();
        var start = 0;
        foreach (var content in contents)
        {
            var span = new TextSpan(start, content.Length);
            var firstWord = content.IndexOf(' ', StringComparison.Ordinal);
            var lastWord = content.LastIndexOf(' ') + 1;
            statements.Add(new Statement
            {
                Kind = StatementKind.Direct,
                ContentSpan = span,
                QuoteSpans = [span],
                CueSpan = statements.Count % 2 == 0 ? new TextSpan(start, firstWord) : null,
                MentionSpan = statements.Count % 2 == 0 ? TextSpan.FromBounds(start + lastWord, span.End) : null,
                Speaker = new Speaker("Vladimir Putin", SpeakerKind.Person, ["Putin"], "Russia"),
            });
            start += content.Length + 1;
        }

        var whole = new TextSpan(0, text.Length);
        return Corpus.Create([new Article("lines", source, new ArticleMetadata(Title: "lines"), [new Block(BlockKind.Paragraph, whole)], [new Sentence(whole)], statements)]);
    }
}
