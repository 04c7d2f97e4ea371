using System.Collections.Immutable;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;
using Dicta.Query.Syntax;
using Pidgin;

namespace Dicta.Query.Parsing;

/// <summary>
/// Parses a query: lexes it (<see cref="Lexer"/>), bounds its nesting (<see cref="NestingGuard"/>), parses the tokens
/// (<see cref="ParserGrammar"/>) and derives the diagnostics (<see cref="SyntaxChecker"/>). Time is linear in the
/// length of the text.
/// </summary>
internal static class QueryParser
{
    /// <summary>The tree of <paramref name="text"/> and its lexical and syntax diagnostics, ordered by position.</summary>
    public static (QuerySyntax Root, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceText text)
    {
        var (tokens, lexical) = Lexer.Lex(text);
        var (guarded, cut) = NestingGuard.Apply(tokens);
        var result = ParserGrammar.Query.Parse(guarded);
        if (!result.Success)
        {
            // The grammar inserts and skips tokens instead of failing; a failure is a defect in it, not in the query.
            throw new InvalidOperationException($"The query grammar failed: {result.Error}");
        }

        var root = result.Value;
        var nesting = cut is null ? null : NestingGuard.Diagnose(cut);
        var syntax = SyntaxChecker.Check(root, nesting);
        if (lexical.IsEmpty && syntax.IsEmpty)
        {
            return (root, []);
        }

        var diagnostics = lexical
            .Where(d => cut is null || d.Location.Span.Start < cut.Span.Start)
            .Concat(syntax)
            .OrderBy(d => d.Location.Span.Start)
            .ToImmutableArray();
        return (root, diagnostics);
    }
}
