using System.Text;
using Dicta.Query.Execution;
using Dicta.Query.Syntax;
using Dicta.Query.Tests.Execution;

namespace Dicta.Query.Tests.Reliability;

/// <summary>
/// Deep nesting and very long queries (issue 8): through the whole engine, not only the parser, they give a clear
/// diagnostic (its id asserted) or an answer, never a stack overflow or an exception. How time grows with the size is
/// measured by the QueryInputSizeBenchmarks, not here.
/// </summary>
public sealed class NestingAndSizeTests
{
    private const int Deep = 10_000;
    private const int Megabyte = 1 << 20;

    private static readonly QueryEngine Engine = new(Seeds.Corpus, new QueryEngineOptions { CacheSize = 0 });

    public static TheoryData<string, string> DeepQueries => new()
    {
        { "parentheses in where", "statements where " + new string('(', Deep) + "line = 1" + new string(')', Deep) },
        { "nots", "statements where " + Repeat("not ", Deep) + "line = 1" },
        { "not and parenthesis", "statements where " + Repeat("not (", Deep) + "line = 1" + new string(')', Deep) },
        { "unclosed parentheses", "statements where " + new string('(', Deep) },
        { "parentheses in select", "statements select " + new string('(', Deep) + "line" + new string(')', Deep) },
        { "parentheses in order by", "statements order by " + new string('(', Deep) + "line" + new string(')', Deep) },
        { "parentheses in group by", "statements group by " + new string('(', Deep) + "kind" + new string(')', Deep) },
        { "parentheses in an in list", "statements where line in (" + new string('(', Deep) + "1" + new string(')', Deep) + ")" },
        { "parentheses in between", "statements where line between " + new string('(', Deep) + "1" + new string(')', Deep) + " and 2" },
        { "nested in lists", "statements where line in (" + Repeat("line in (", Deep) + "1" + new string(')', Deep + 1) },
    };

    [Theory]
    [MemberData(nameof(DeepQueries), DisableDiscoveryEnumeration = true)]
    public void Ten_thousand_levels_of_nesting_anywhere_give_the_nesting_diagnostic_through_the_engine(string shape, string text)
    {
        var result = Engine.Execute(text);

        Assert.Equal(QueryResultKind.NotRun, result.Kind);
        var nesting = Assert.Single(result.Diagnostics, d => d.Id == "DQ0014");
        Assert.True(nesting.Location.Span.End <= text.Length, shape);
        Assert.Empty(EngineChecks.Problems(Engine, text, compile: false));
    }

    [Fact]
    public void The_deepest_nesting_allowed_prepares_runs_compiles_and_explains_on_a_small_stack()
    {
        var text = "statements where " + Repeat("not (", 100) + "line > 0" + new string(')', 100) + " order by " + new string('(', 150) + "line" + new string(')', 150);
        List<string>? problems = null;
        var thread = new Thread(() => problems = EngineChecks.Problems(Engine, text), maxStackSize: 512 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal([], problems);
        Assert.Equal(Seeds.Describe(Engine.Execute("statements order by line")), Seeds.Describe(Engine.Execute(text)));
    }

    /// <summary>Shapes that parse fast at a megabyte; the slower ones at a quarter of it or less (the benchmarks take them further).</summary>
    public static TheoryData<string, string, string?> MegabyteQueries => new()
    {
        { "one identifier", "statements where " + new string('x', Megabyte) + " = 1", "DQ0101" },
        { "one number", "statements where line = " + new string('9', Megabyte), "DQ0007" },
        { "one string", "statements where text = '" + new string('x', Megabyte) + "'", null },
        { "one unterminated string", "statements where text = '" + new string('x', Megabyte), "DQ0002" },
        { "one regex", "statements where text matches /" + new string('a', Megabyte / 8) + "/", null },
        { "one comment", "statements count -- " + new string('x', Megabyte), null },
        { "white space", "statements " + new string(' ', Megabyte) + "count", null },
        { "line breaks", "statements " + new string('\n', Megabyte / 4) + "count", null },
        { "NUL characters", new string('\0', Megabyte), "DQ0001" },
        { "lone surrogates", "statements where " + new string('\uD800', Megabyte), "DQ0001" },
        { "bidi overrides", "statements where " + new string('\u202E', Megabyte), "DQ0001" },
        { "a path of sub-fields", "statements where " + Repeat("speaker.", Megabyte / 32) + "name = 'x'", "DQ0101" },
        { "nots", "statements where " + Repeat("not ", Megabyte / 16) + "line = 1", "DQ0014" },
        { "repeated where", "statements " + Repeat("where ", Megabyte / 24), "DQ0010" },
        { "commas", "statements where " + new string(',', Megabyte / 4), "DQ0010" },
    };

    [Theory]
    [MemberData(nameof(MegabyteQueries), DisableDiscoveryEnumeration = true)]
    public void A_query_of_up_to_a_megabyte_gives_its_diagnostic_or_its_answer(string shape, string text, string? firstError)
    {
        Assert.True(text.Length >= Megabyte / 8, shape);

        var result = Engine.Execute(text);

        Assert.Equal(firstError, result.Diagnostics.FirstOrDefault(d => d.IsError)?.Id);
        Assert.Equal(firstError is null, result.Succeeded);
        var problems = new List<string>();
        EngineChecks.CheckDiagnostics(problems, shape, result.Diagnostics, text.Length);
        Assert.Empty(problems);
    }

    /// <summary>
    /// Found here: the outline of the syntax (<see cref="QueryEngine.Explain"/>, <c>:explain</c>) indented each line by
    /// its depth, so a long chain wrote the square of its length (and threw past some ten thousand levels).
    /// </summary>
    [Theory]
    [InlineData("statements where line = 1", " or line = 1")]
    [InlineData("statements where speaker", ".speaker")]
    public void Explaining_a_deep_tree_writes_text_in_proportion_to_the_query(string start, string repeated)
    {
        var small = SyntaxPrinter.Dump(SyntaxTree.Parse(start + Repeat(repeated, 6_000)).Root);
        var large = SyntaxPrinter.Dump(SyntaxTree.Parse(start + Repeat(repeated, 12_000)).Root);

        Assert.InRange((double)large.Length / small.Length, 1.9, 2.2);
        Assert.Contains("[10000] ", large, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_quotes_a_megabyte_name_in_a_few_hundred_characters()
    {
        var name = new string('x', Megabyte);

        var diagnostic = Assert.Single(Engine.Execute("statements where " + name + " = 1").Diagnostics);

        Assert.Equal("DQ0101", diagnostic.Id);
        Assert.Equal(Megabyte, diagnostic.Location.Span.Length);
        Assert.InRange(diagnostic.Message.Length, 200, 500);
        Assert.StartsWith("unknown field 'xxxx", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("…'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_invalid_pattern_is_reported_with_its_reason_not_quoted_twice()
    {
        var pattern = new string('a', 10_000) + "(";

        var diagnostic = Assert.Single(Engine.Execute("statements where text matches /" + pattern + "/").Diagnostics);

        Assert.Equal("DQ0112", diagnostic.Id);
        Assert.EndsWith("does not compile: Not enough )'s. (at offset 10001)", diagnostic.Message, StringComparison.Ordinal);
        Assert.InRange(diagnostic.Message.Length, 200, 500);
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
