namespace Dicta.Query.Testing.Generation;

/// <summary>A generated query: its text, and the shape its where condition must parse to (null without one).</summary>
/// <param name="Text">The query text, with random trivia and keyword case.</param>
/// <param name="WhereShape">The S-expression of the where condition (see <see cref="Fragment.Shape"/>), or null.</param>
internal sealed record GeneratedQuery(string Text, string? WhereShape)
{
    /// <summary>The text.</summary>
    public override string ToString() => Text;
}
