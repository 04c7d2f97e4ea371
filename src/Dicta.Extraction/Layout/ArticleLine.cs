using Dicta.Model.Text;

namespace Dicta.Extraction.Layout;

/// <summary>One line of an article and what it looks like on its own: the token the article grammar reads.</summary>
/// <param name="Index">The zero-based line number.</param>
/// <param name="FullSpan">The line with its line break: the span its block covers.</param>
/// <param name="Content">The line without its break and without the white space around it.</param>
/// <param name="ShortText">The content as a string when it is at most <see cref="TextShape.MaxShortLine"/> characters; null for long lines.</param>
/// <param name="Words">The number of words, up to <see cref="TextShape.WordCountCap"/>.</param>
/// <param name="Kind">The line's class on its own.</param>
/// <param name="Meta">What a <see cref="LineKind.Meta"/> line says.</param>
/// <param name="Field">The line read as a front-matter <c>key: value</c>, when it has that form.</param>
/// <param name="IsIndented">True when white space comes before the content (a front-matter continuation).</param>
/// <param name="IsHeadlineLike">True for a <see cref="LineKind.Text"/> line shaped like a headline.</param>
/// <param name="IsHeadingLike">True for a <see cref="LineKind.Text"/> line shaped like a section heading.</param>
internal sealed record ArticleLine(
    int Index,
    TextSpan FullSpan,
    TextSpan Content,
    string? ShortText,
    int Words,
    LineKind Kind,
    MetaLine? Meta,
    FrontMatterField? Field,
    bool IsIndented,
    bool IsHeadlineLike,
    bool IsHeadingLike)
{
    /// <summary>True for a line of white space only.</summary>
    public bool IsBlank => Kind == LineKind.Blank;

    /// <summary>True for a <see cref="LineKind.Text"/> line.</summary>
    public bool IsText => Kind == LineKind.Text;

    /// <summary>True for the <c>---</c> that opens and closes front matter.</summary>
    public bool IsFence => ShortText is "---";

    /// <summary>The content as a string (a copy for long lines).</summary>
    public string GetText(SourceText text) => ShortText ?? text.ToString(Content);
}
