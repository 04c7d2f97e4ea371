using Dicta.Query.Syntax;

namespace Dicta.Query.Tests.Parsing;

public sealed class DiagnosticTests
{
    /// <summary>Each case: the query, the one diagnostic it must give, the text its span covers (or ^offset of an
    /// empty span), and the message.</summary>
    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "statements where x = 1 @@", "DQ0001", "@@", "unexpected characters '@@'" },
        { "statements where x = 1 \u0001", "DQ0001", "\u0001", "unexpected character '\\u0001'" },
        { "statements where x = \"abc", "DQ0002", "\"abc", "unterminated string; expected a closing '\"' before the end of the line" },
        { "statements where x = 'abc\\'", "DQ0002", "'abc\\'", "unterminated string; expected a closing \"'\" before the end of the line" },
        { "statements where x = \"a\\qb\"", "DQ0003", "\\q", "invalid escape '\\q'; expected \\\", \\', \\\\, \\n, \\t, \\r or \\u and four hex digits" },
        { "statements where x = \"a\\u12\"", "DQ0003", "\\u12", "invalid escape '\\u12'; expected \\\", \\', \\\\, \\n, \\t, \\r or \\u and four hex digits" },
        { "statements where x matches /abc", "DQ0004", "/abc", "unterminated regular expression; expected a closing '/' before the end of the line" },
        { "statements where x matches /abc/g", "DQ0005", "g", "unknown regular expression flag 'g'; the flags are i, m, s and x" },
        { "statements where x / 2", "DQ0006", "/", "unexpected '/'; a regular expression /…/ can only follow 'matches'" },
        { "statements where x = 12345678901234567890123456789012345", "DQ0007", "12345678901234567890123456789012345", "number too large: '12345678901234567890123456789012345'" },
        { "statements where date = 2022-13-45", "DQ0008", "2022-13-45", "invalid date '2022-13-45'; expected a calendar date as yyyy-mm-dd" },
        { "statements where date = 2023-02-29", "DQ0008", "2023-02-29", "invalid date '2023-02-29'; expected a calendar date as yyyy-mm-dd" },
        { "statements where x = $", "DQ0009", "$", "expected a parameter name after '$' (a letter, then letters, digits or '_')" },
        { "statements where speaker =", "DQ0010", "^26", "expected a field or a value after '='" },
        { "statements where", "DQ0010", "^16", "expected a field or a value after 'where'" },
        { "statements order date", "DQ0010", "^16", "expected 'by' after 'order'" },
        { "statements group", "DQ0010", "^16", "expected 'by' after 'group'" },
        { "statements limit", "DQ0010", "^16", "expected a number after 'limit'" },
        { "statements limit abc", "DQ0010", "^16", "expected a number after 'limit'" },
        { "", "DQ0010", "^0", "expected a source (statements, articles, speakers or topics)" },
        { "  where x = 1", "DQ0010", "^0", "expected a source (statements, articles, speakers or topics)" },
        { "statements where a between 1 2", "DQ0010", "^28", "expected 'and' after '1'" },
        { "statements where a in 1)", "DQ0010", "^21", "expected '(' after 'in'" },
        { "statements select a as", "DQ0010", "^22", "expected a column name after 'as'" },
        { "statements where speaker.", "DQ0010", "^25", "expected a field name after '.'" },
        { "statements select a,", "DQ0010", "^20", "expected a field or a value after ','" },
        { "statements where a = 1 b", "DQ0011", "b", "unexpected 'b'; expected 'and', 'or', a clause (group by, order by, limit, select, count) or the end of the query" },
        { "statements foo bar", "DQ0011", "foo bar", "unexpected 'foo'; expected 'where', a clause (group by, order by, limit, select, count) or the end of the query" },
        { "statements foo where x = 1", "DQ0011", "foo", "unexpected 'foo'; expected 'where'" },
        { "statements where (a = 1 b c)", "DQ0011", "b c", "unexpected 'b'; expected ')'" },
        { "statements limit 1 5 6", "DQ0011", "5 6", "unexpected '5'; expected a clause (group by, order by, limit, select, count) or the end of the query" },
        { "statements limit 1 5 count", "DQ0011", "5", "unexpected '5'; expected a clause (group by, order by, limit, select, count) or the end of the query" },
        { "statements where (a", "DQ0012", "^19", "expected ')' to close the '(' at column 18" },
        { "statements\nwhere (a = 1\nlimit 3", "DQ0012", "^23", "expected ')' to close the '(' at line 2, column 7" },
        { "statements where a in (1, 2", "DQ0012", "^27", "expected ')' to close the '(' at column 23" },
        { "statements where a = b = c", "DQ0013", "=", "comparisons do not chain: '=' cannot follow '='; join the two with 'and' or use parentheses" },
        { "statements limit 5 where x = 1", "DQ0015", "where", "the where clause must come right after the source, before any other clause" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_error_gives_one_diagnostic_with_its_span_and_message(string text, string id, string where, string message)
    {
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text, tree.ToFullString());
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.True(diagnostic.IsError);
        Assert.Equal(message, diagnostic.Message);
        if (where.StartsWith('^'))
        {
            Assert.Equal(new Dicta.Model.Text.TextSpan(int.Parse(where[1..], System.Globalization.CultureInfo.InvariantCulture), 0), diagnostic.Location.Span);
        }
        else
        {
            Assert.Equal(where, tree.Text.ToString(diagnostic.Location.Span));
            Assert.Equal(text.LastIndexOf(where, StringComparison.Ordinal), diagnostic.Location.Span.Start);
        }
    }

    [Fact]
    public void Nesting_too_deep_is_one_diagnostic_at_the_first_level_too_many()
    {
        var text = "statements where " + new string('(', 300) + "a" + new string(')', 300);
        var tree = SyntaxTree.Parse(text);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("DQ0014", diagnostic.Id);
        Assert.Equal(17 + 200, diagnostic.Location.Span.Start);
        Assert.Equal("nesting too deep: more than 200 levels of parentheses or 'not'; the rest of the query is ignored", diagnostic.Message);
        Assert.Equal(text, tree.ToFullString());
    }

    [Fact]
    public void Every_descriptor_has_a_distinct_syntax_id()
    {
        var ids = typeof(SyntaxDiagnostics).GetProperties()
            .Select(p => ((Dicta.Model.Diagnostics.DiagnosticDescriptor)p.GetValue(null)!).Id)
            .ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^DQ00[0-9][0-9]$", id));
    }

    [Fact]
    public void Diagnostics_are_ordered_by_position()
    {
        var tree = SyntaxTree.Parse("statements where x = \"a\\q\" and y = 2022-99-99 and z = @");
        Assert.Equal(["DQ0003", "DQ0008", "DQ0001"], tree.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Diagnostics_print_as_compilers_do()
    {
        var diagnostic = Assert.Single(SyntaxTree.Parse("statements where (a").Diagnostics);
        Assert.Equal("query(1,20): error DQ0012: expected ')' to close the '(' at column 18", diagnostic.ToString());
    }
}
