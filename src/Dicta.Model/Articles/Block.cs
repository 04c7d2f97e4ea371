using Dicta.Model.Text;

namespace Dicta.Model;

/// <summary>
/// One block of an article's layout. An article's blocks tile its text: in order, without gaps or overlaps,
/// each including the line breaks that end it, so that their texts concatenated give the source back.
/// A value: an article holds its blocks in one array, with no object of their own.
/// </summary>
/// <param name="Kind">The block's role.</param>
/// <param name="Span">The characters of the block, line breaks included.</param>
public readonly record struct Block(BlockKind Kind, TextSpan Span)
{
    /// <summary>The block's span without the white space around it.</summary>
    public readonly TextSpan GetContentSpan(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.AsSpan(Span);
        var start = chars.Length - chars.TrimStart().Length;
        var trimmed = chars.Trim();
        return new TextSpan(Span.Start + start, trimmed.Length);
    }
}
