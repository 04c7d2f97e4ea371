using Dicta.Model.Text;

namespace Dicta.Query.Syntax;

/// <summary>A child of a node: either a node or a token.</summary>
/// <remarks>One reference, not a node field and a token field: every node keeps an array of these, so the size counts.</remarks>
public readonly record struct SyntaxNodeOrToken
{
    private readonly object? _item;

    /// <summary>Wraps a node.</summary>
    public SyntaxNodeOrToken(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _item = node;
    }

    /// <summary>Wraps a token.</summary>
    public SyntaxNodeOrToken(SyntaxToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        _item = token;
    }

    /// <summary>The node, or null when this is a token.</summary>
    public SyntaxNode? Node => _item as SyntaxNode;

    /// <summary>The token, or null when this is a node.</summary>
    public SyntaxToken? Token => _item as SyntaxToken;

    /// <summary>True when this is a node.</summary>
    public bool IsNode => _item is SyntaxNode;

    /// <summary>True when this is a token.</summary>
    public bool IsToken => _item is SyntaxToken;

    /// <summary>The kind of the node or token.</summary>
    public SyntaxKind Kind => Node?.Kind ?? Token?.Kind ?? SyntaxKind.None;

    /// <summary>The span of the node or token, without outer trivia.</summary>
    public TextSpan Span => Node?.Span ?? Token?.Span ?? default;

    /// <summary>The span of the node or token with its trivia.</summary>
    public TextSpan FullSpan => Node?.FullSpan ?? Token?.FullSpan ?? default;

    /// <summary>The text of the node or token, without outer trivia.</summary>
    public override string ToString() => Node?.ToString() ?? Token?.ToString() ?? string.Empty;
}
