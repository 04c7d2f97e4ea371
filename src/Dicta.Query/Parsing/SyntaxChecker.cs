using System.Collections.Immutable;
using System.Globalization;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;
using Dicta.Query.Syntax;

namespace Dicta.Query.Parsing;

/// <summary>
/// Derives the parse diagnostics from a finished tree: a missing token says what was expected, a run of skipped tokens
/// says what was unexpected, a bad token says which characters are wrong, and a predicate that follows another says
/// that comparisons do not chain.
/// </summary>
/// <remarks>
/// One error usually causes others nearby (a missing operand and a missing <c>)</c>; a missing number and the word
/// written instead of it). Between two consecutive real tokens only the first parse diagnostic is kept, and none when
/// bad characters lie there (those are the cause). The walk is iterative: a long chain of <c>or</c> is deep.
/// </remarks>
internal sealed class SyntaxChecker
{
    private const string ClauseList = "a clause (group by, order by, limit, select, count) or the end of the query";

    private readonly SourceText _text;
    private readonly Diagnostic? _nesting;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<(Diagnostic Diagnostic, bool IsBad)> _gap = [];
    private Dictionary<SyntaxToken, SyntaxToken>? _unclosed;
    private SyntaxToken? _previous;
    private bool _whereSeen;
    private int _clausesSeen;

    private SyntaxChecker(SourceText text, Diagnostic? nesting)
    {
        _text = text;
        _nesting = nesting;
    }

    /// <summary>
    /// The diagnostics of <paramref name="root"/>, in the order of the tree. When the query was cut for nesting too
    /// deep, <paramref name="nesting"/> replaces whatever the cut caused at the end.
    /// </summary>
    public static ImmutableArray<Diagnostic> Check(QuerySyntax root, Diagnostic? nesting)
    {
        var checker = new SyntaxChecker(root.SourceText, nesting);
        checker.Walk(root);
        return [.. checker._diagnostics];
    }

    private void Walk(QuerySyntax root)
    {
        var stack = new Stack<(SyntaxNodeOrToken Item, SyntaxNode Parent)>();
        stack.Push((new SyntaxNodeOrToken(root), root));
        while (stack.Count > 0)
        {
            var (item, parent) = stack.Pop();
            if (item.Token is { } token)
            {
                VisitToken(token, parent);
                continue;
            }

            var node = item.Node!;
            VisitNode(node);
            var children = node.GetChildren();
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], node));
            }
        }
    }

    private void VisitNode(SyntaxNode node)
    {
        switch (node)
        {
            case WhereClauseSyntax:
                _whereSeen = true;
                break;
            case ClauseSyntax:
                _clausesSeen++;
                break;
            case ParenthesizedExpressionSyntax { CloseParenToken.IsMissing: true } paren:
                Unclosed[paren.CloseParenToken] = paren.OpenParenToken;
                break;
            case InExpressionSyntax { CloseParenToken.IsMissing: true, OpenParenToken.IsMissing: false } list:
                Unclosed[list.CloseParenToken] = list.OpenParenToken;
                break;
        }

        if (PredicateOperator(node) is { } op && FirstChildNode(node) is { } left && PredicateOperator(left) is { } leftOp
            && !EndsInMissingOperand(left))
        {
            _diagnostics.Add(SyntaxDiagnostics.ChainedComparison.Create(Location.In(_text, op.Span), Display(op.Text), Display(leftOp.Text)));
        }
    }

    /// <summary>The missing closing parentheses and the tokens they would close; made when the first is found.</summary>
    private Dictionary<SyntaxToken, SyntaxToken> Unclosed => _unclosed ??= new(ReferenceEqualityComparer.Instance);

    /// <summary>The first child node (a predicate's left operand).</summary>
    private static SyntaxNode? FirstChildNode(SyntaxNode node)
    {
        foreach (var child in node.GetChildren())
        {
            if (child.Node is { } first)
            {
                return first;
            }
        }

        return null;
    }

    private static SyntaxToken? PredicateOperator(SyntaxNode node) => node switch
    {
        BinaryExpressionSyntax binary when SyntaxFacts.IsPredicateOperator(binary.OperatorToken.Kind) => binary.OperatorToken,
        InExpressionSyntax list => list.InKeyword,
        BetweenExpressionSyntax between => between.BetweenKeyword,
        _ => null,
    };

    private static bool EndsInMissingOperand(SyntaxNode node) => node.GetLastToken().IsMissing;

    private void VisitToken(SyntaxToken token, SyntaxNode parent)
    {
        CheckSkipped(token);
        if (token.IsMissing)
        {
            _gap.Add((Expected(token, parent), false));
            return;
        }

        if (token.Kind == SyntaxKind.EndOfFileToken && _nesting is not null)
        {
            _gap.Clear();
            _diagnostics.Add(_nesting);
            return;
        }

        FlushGap();
        _previous = token;
    }

    private void FlushGap()
    {
        if (_gap.Count == 0)
        {
            return;
        }

        if (_gap.Any(g => g.IsBad))
        {
            _diagnostics.AddRange(_gap.Where(g => g.IsBad).Select(g => g.Diagnostic));
        }
        else if (_gap.Count > 0)
        {
            _diagnostics.Add(_gap[0].Diagnostic);
        }

        _gap.Clear();
    }

    /// <summary>Reports the skipped tokens in front of <paramref name="owner"/>: bad tokens one by one, the parser's as one run.</summary>
    private void CheckSkipped(SyntaxToken owner)
    {
        SyntaxToken? first = null;
        SyntaxToken? last = null;
        foreach (var trivia in owner.LeadingTriviaSpan)
        {
            if (trivia.SkippedToken is not { } skipped)
            {
                continue;
            }

            if (skipped.Kind == SyntaxKind.BadToken)
            {
                _gap.Add((BadToken(skipped), true));
                continue;
            }

            first ??= skipped;
            last = skipped;
        }

        if (first is null || last is null)
        {
            return;
        }

        var span = TextSpan.FromBounds(first.Span.Start, last.Span.End);
        var location = Location.In(_text, span);
        if (first.Kind == SyntaxKind.WhereKeyword && owner.Kind != SyntaxKind.WhereKeyword)
        {
            _gap.Add((SyntaxDiagnostics.MisplacedWhere.Create(Location.In(_text, first.Span)), false));
            return;
        }

        var expected = owner.Kind switch
        {
            SyntaxKind.CloseParenToken => "')'",
            SyntaxKind.WhereKeyword => "'where'",
            _ when SyntaxFacts.IsClauseKeyword(owner.Kind) && _clausesSeen > 1 => ClauseList,
            _ when SyntaxFacts.IsClauseKeyword(owner.Kind) || owner.Kind == SyntaxKind.EndOfFileToken => (_whereSeen, _clausesSeen) switch
            {
                (_, > 0) when owner.Kind == SyntaxKind.EndOfFileToken => ClauseList,
                (true, _) => "'and', 'or', " + ClauseList,
                _ => "'where', " + ClauseList,
            },
            _ => ClauseList,
        };
        _gap.Add((SyntaxDiagnostics.UnexpectedToken.Create(location, Display(first.Text), expected), false));
    }

    private Diagnostic BadToken(SyntaxToken bad)
    {
        var location = Location.In(_text, bad.Span);
        return bad.Text switch
        {
            "/" => SyntaxDiagnostics.RegexOutsideMatches.Create(location),
            "$" => SyntaxDiagnostics.MissingParameterName.Create(location),
            var text => SyntaxDiagnostics.UnexpectedCharacter.Create(location, text.Length == 1 ? "character" : "characters", Display(text)),
        };
    }

    private Diagnostic Expected(SyntaxToken missing, SyntaxNode parent)
    {
        var location = Location.In(_text, new TextSpan(_previous?.Span.End ?? 0, 0));
        if (_unclosed is not null && _unclosed.TryGetValue(missing, out var open))
        {
            var position = _text.GetLinePosition(open.Span.Start);
            var where = _text.LineCount == 1
                ? string.Create(CultureInfo.InvariantCulture, $"column {position.Character + 1}")
                : string.Create(CultureInfo.InvariantCulture, $"line {position.Line + 1}, column {position.Character + 1}");
            return SyntaxDiagnostics.UnclosedParenthesis.Create(location, where);
        }

        var what = (missing.Kind, parent) switch
        {
            (SyntaxKind.IdentifierToken, QuerySyntax) => "a source (statements, articles, speakers or topics)",
            (SyntaxKind.IdentifierToken, MemberAccessExpressionSyntax) => "a field name",
            (SyntaxKind.IdentifierToken, SelectItemSyntax) => "a column name",
            (SyntaxKind.IdentifierToken, _) => "a field or a value",
            (SyntaxKind.NumberLiteralToken, _) => "a number",
            (var kind, _) => $"'{SyntaxFacts.GetText(kind)}'",
        };
        var message = _previous is null || parent is QuerySyntax ? what : $"{what} after '{Display(_previous.Text)}'";
        return SyntaxDiagnostics.ExpectedToken.Create(location, message);
    }

    /// <summary>Text for a message: control and format characters escaped, long text shortened.</summary>
    internal static string Display(string text) => MessageText.Escape(text, MessageText.TokenLength);
}
