using System.Collections.Immutable;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;
using Dicta.Query.Parsing;

namespace Dicta.Query.Syntax;

/// <summary>
/// A parsed query: its text, the full-fidelity tree, and the syntax diagnostics. Parsing never throws: any string gives
/// a tree whose <see cref="ToFullString"/> is that string, with missing and skipped tokens where it was wrong.
/// </summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text, QuerySyntax root, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
    }

    /// <summary>The path given to query texts parsed from a string (shown in diagnostics).</summary>
    public const string DefaultPath = "query";

    /// <summary>The query text.</summary>
    public SourceText Text { get; }

    /// <summary>The root of the tree.</summary>
    public QuerySyntax Root { get; }

    /// <summary>The lexical and syntax diagnostics, in the order of their positions.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when a diagnostic is an error (the query must not run).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Parses <paramref name="text"/> (its path is <see cref="DefaultPath"/>).</summary>
    public static SyntaxTree Parse(string text) => Parse(SourceText.From(text, DefaultPath));

    /// <summary>Parses <paramref name="text"/>.</summary>
    public static SyntaxTree Parse(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (root, diagnostics) = QueryParser.Parse(text);
        return new SyntaxTree(text, root, diagnostics);
    }

    /// <summary>The tree printed back with all its trivia: always the text it was parsed from.</summary>
    public string ToFullString() => Root.ToFullString();

    /// <summary>The query text.</summary>
    public override string ToString() => Text.ToString();
}
