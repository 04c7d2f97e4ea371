using System.Collections.Immutable;
using Dicta.Model.Text;

namespace Dicta.Extraction.Layout;

/// <summary>The front matter at the start of an article: its lines, fences included, and whether it was closed.</summary>
/// <param name="Lines">The lines of the block, from the opening <c>---</c> on.</param>
/// <param name="IsClosed">True when a closing <c>---</c> ends it.</param>
internal sealed record FrontMatterSection(ImmutableArray<ArticleLine> Lines, bool IsClosed)
{
    /// <summary>The characters of the block, line breaks included.</summary>
    public TextSpan Span => TextSpan.FromBounds(Lines[0].FullSpan.Start, Lines[^1].FullSpan.End);
}
