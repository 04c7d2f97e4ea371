using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Query.Schema;
using Dicta.Query.Syntax;

namespace Dicta.Cli.Repl;

/// <summary>
/// Tab completion for queries, from the token at the caret and the one before it: sources first, then the clause
/// keywords, fields of the query's source (and sub-fields after a dot such as <c>speaker.</c>), the operators after a
/// field, and inside a string the values the corpus holds for the field being compared (speaker names and aliases,
/// topics, countries, outlets, statement kinds). Meta-commands complete after a colon. A pure function of the text,
/// the caret and the corpus it was made for.
/// </summary>
internal sealed class QueryCompletion
{
    private static readonly ImmutableArray<string> ClauseKeywords = ["where", "group", "order", "limit", "select", "count"];

    private static readonly ImmutableArray<string> AfterValue = ["and", "or", "group", "order", "limit", "select", "count", "asc", "desc", "as"];

    private static readonly ImmutableArray<string> AfterField =
        ["has", "contains", "startswith", "endswith", "matches", "in", "between", "not", .. AfterValue];

    private readonly QuerySchema _schema;
    private readonly ImmutableArray<string> _speakers;
    private readonly ImmutableArray<string> _topics;
    private readonly ImmutableArray<string> _countries;
    private readonly ImmutableArray<string> _outlets;
    private readonly ImmutableArray<string> _articles;

    /// <summary>Completion over the names <paramref name="corpus"/> holds.</summary>
    public QueryCompletion(Corpus corpus, QuerySchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        _schema = schema ?? QuerySchema.Default;
        _speakers = Distinct(corpus.Speakers.SelectMany(s => s.Aliases.Prepend(s.Name)));
        _topics = Distinct(corpus.Topics.SelectMany(t => new[] { t.Slug, t.Label }));
        _countries = Distinct(corpus.Speakers.Select(s => s.Country).OfType<string>());
        _outlets = Distinct(corpus.Articles.Select(a => a.Metadata.Outlet).OfType<string>());
        _articles = Distinct(corpus.Articles.Select(a => a.Id));
    }

    /// <summary>The candidates for the word that ends at <paramref name="caret"/> in <paramref name="text"/>.</summary>
    public CompletionResult Complete(string text, int caret)
    {
        ArgumentNullException.ThrowIfNull(text);
        caret = Math.Clamp(caret, 0, text.Length);
        var before = text[..caret];
        if (before.TrimStart().StartsWith(':'))
        {
            return CompleteCommand(before, caret);
        }

        var tree = SyntaxTree.Parse(before);
        var tokens = QueryTokens.Of(tree).ToList();
        var last = tokens.LastOrDefault();
        if (last is { Kind: SyntaxKind.StringLiteralToken } && last.Span.End == caret && IsOpen(last.Text))
        {
            var prefix = last.Text[1..];
            var values = ValuesFor(tree, tokens, tokens.Count - 1);
            return new CompletionResult(last.Span.Start + 1, prefix.Length, MatchValues(values, prefix));
        }

        var isWord = last is not null && last.Span.End == caret && (last.Kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(last.Kind));
        var wordPrefix = isWord ? last!.Text : string.Empty;
        var previousIndex = isWord ? tokens.Count - 2 : tokens.Count - 1;
        var words = WordsAfter(tree, tokens, previousIndex);
        var start = isWord ? last!.Span.Start : caret;
        return new CompletionResult(start, caret - start, [.. words.Where(w => w.StartsWith(wordPrefix, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    private ImmutableArray<string> WordsAfter(SyntaxTree tree, List<SyntaxToken> tokens, int index)
    {
        if (index < 0)
        {
            return [.. _schema.Sources.Select(s => s.Name)];
        }

        var previous = tokens[index];
        var source = SourceOf(tree);
        return previous.Kind switch
        {
            SyntaxKind.DotToken => index > 0 ? [.. FieldAt(source, tokens, index - 1)?.Fields.Select(f => f.Name) ?? []] : [],
            SyntaxKind.IdentifierToken when index == 0 => ClauseKeywords,
            SyntaxKind.WhereKeyword or SyntaxKind.AndKeyword or SyntaxKind.OrKeyword or SyntaxKind.NotKeyword or SyntaxKind.OpenParenToken
                => [.. FieldNames(source), "not"],
            SyntaxKind.ByKeyword or SyntaxKind.SelectKeyword or SyntaxKind.CommaToken => FieldNames(source),
            SyntaxKind.GroupKeyword or SyntaxKind.OrderKeyword => ["by"],
            SyntaxKind.IdentifierToken => AfterField,
            SyntaxKind.CloseParenToken or SyntaxKind.ParameterToken or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword
                or SyntaxKind.AscKeyword or SyntaxKind.DescKeyword or SyntaxKind.CountKeyword => AfterValue,
            _ when SyntaxFacts.IsLiteral(previous.Kind) => AfterValue,
            _ when SyntaxFacts.IsPredicateOperator(previous.Kind) || previous.Kind == SyntaxKind.LimitKeyword => [],
            _ => [.. SyntaxFacts.KeywordKinds.Select(k => SyntaxFacts.GetText(k)!), .. FieldNames(source)],
        };
    }

    /// <summary>The values worth offering inside the string at <paramref name="index"/>: those of the field it is compared with.</summary>
    private ImmutableArray<string> ValuesFor(SyntaxTree tree, List<SyntaxToken> tokens, int index)
    {
        // Walk back over a value list — field in ('a', 'b', 'c… — to the operator, then to the field before it.
        var i = index - 1;
        while (i >= 0 && tokens[i].Kind is SyntaxKind.CommaToken or SyntaxKind.OpenParenToken or SyntaxKind.StringLiteralToken or SyntaxKind.NotKeyword)
        {
            i--;
        }

        if (i < 1 || !SyntaxFacts.IsPredicateOperator(tokens[i].Kind))
        {
            return [];
        }

        var j = i - 1;
        while (j >= 0 && tokens[j].Kind == SyntaxKind.NotKeyword)
        {
            j--;
        }

        var field = j >= 0 ? FieldAt(SourceOf(tree), tokens, j) : null;
        var sourceName = SourceOf(tree)?.Name;
        return (field?.Type, field?.Name) switch
        {
            (QueryType.Speaker, _) => _speakers,
            (QueryType.Topic, _) => _topics,
            (QueryType.Article, _) or (_, "id") => _articles,
            (_, "name" or "label") when string.Equals(sourceName, "topics", StringComparison.Ordinal) => _topics,
            (_, "name" or "alias") => _speakers,
            (_, "country") => _countries,
            (_, "outlet") => _outlets,
            (_, "kind") => ["direct", "partial", "indirect"],
            (_, "type") => ["person", "organization", "outlet", "group"],
            _ => [],
        };
    }

    /// <summary>The field named by the identifier at <paramref name="index"/>, with a <c>parent.</c> before it if any.</summary>
    private static FieldSymbol? FieldAt(SourceSymbol? source, List<SyntaxToken> tokens, int index)
    {
        if (source is null || tokens[index].Kind != SyntaxKind.IdentifierToken)
        {
            return null;
        }

        if (index >= 2 && tokens[index - 1].Kind == SyntaxKind.DotToken && tokens[index - 2].Kind == SyntaxKind.IdentifierToken)
        {
            return source.GetField(tokens[index - 2].Text)?.GetField(tokens[index].Text);
        }

        return source.GetField(tokens[index].Text);
    }

    private SourceSymbol? SourceOf(SyntaxTree tree) => _schema.GetSource(tree.Root.Source.Text);

    private ImmutableArray<string> FieldNames(SourceSymbol? source) =>
        source is null ? [.. _schema.Sources.SelectMany(s => s.Fields).Select(f => f.Name).Distinct(StringComparer.Ordinal)] : [.. source.Fields.Select(f => f.Name)];

    private static CompletionResult CompleteCommand(string before, int caret)
    {
        var word = before.TrimStart();
        if (word.Contains(' ', StringComparison.Ordinal))
        {
            return CompletionResult.None(caret);
        }

        var names = ReplCommand.Names.Select(n => ":" + n).Where(n => n.StartsWith(word, StringComparison.OrdinalIgnoreCase));
        return new CompletionResult(caret - word.Length, word.Length, [.. names]);
    }

    /// <summary>The values that start with <paramref name="prefix"/>; when none does, those with a later word that does ("Pu" → "Vladimir Putin").</summary>
    private static ImmutableArray<string> MatchValues(ImmutableArray<string> values, string prefix)
    {
        var starting = values.Where(v => v.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToImmutableArray();
        return starting.IsEmpty
            ? [.. values.Where(v => v.Split(' ', '-').Skip(1).Any(word => word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))]
            : starting;
    }

    private static bool IsOpen(string literal) => literal.Length == 1 || literal[^1] != literal[0] || (literal.Length >= 2 && literal[^2] == '\\');

    private static ImmutableArray<string> Distinct(IEnumerable<string> names) =>
        [.. names.Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
}
