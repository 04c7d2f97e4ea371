using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Dicta.Model.Text;

namespace Dicta.Extraction.Layout;

/// <summary>
/// Splits a text into <see cref="ArticleLine"/>s (at every line break <see cref="SourceText"/> knows) and classifies each
/// on its own. Cost is linear in the text: the line grammars only ever read a bounded part of a line.
/// </summary>
internal static class LineLexer
{
    /// <summary>The lines of <paramref name="text"/>, without the empty line after a final line break.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ImmutableArray<ArticleLine> Lex(SourceText text)
    {
        var lines = ImmutableArray.CreateBuilder<ArticleLine>(text.LineCount);
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.GetLine(i);
            if (!line.SpanIncludingLineBreak.IsEmpty)
            {
                lines.Add(Classify(text, i, line));
            }
        }

        return lines.ToImmutable();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ArticleLine Classify(SourceText text, int index, TextLine line)
    {
        var chars = text.AsSpan(line.Span);
        var start = 0;
        while (start < chars.Length && TextShape.IsInvisible(chars[start]))
        {
            start++;
        }

        var end = chars.Length;
        while (end > start && TextShape.IsInvisible(chars[end - 1]))
        {
            end--;
        }

        var content = new TextSpan(line.Start + start, end - start);
        var shortText = content.Length <= TextShape.MaxShortLine ? text.ToString(content) : null;
        var words = TextShape.CountWords(chars[start..end]);
        var meta = shortText is null ? null : MetaLineGrammar.Read(shortText);
        var kind = Kind(text, content, shortText, words, meta);
        var isText = kind == LineKind.Text && shortText is not null;
        return new ArticleLine(
            index,
            line.SpanIncludingLineBreak,
            content,
            shortText,
            words,
            kind,
            kind == LineKind.Meta ? meta : null,
            ReadField(text, content, shortText),
            start > 0 && !content.IsEmpty,
            isText && TextShape.IsHeadlineLike(shortText!, words),
            isText && TextShape.IsHeadingLike(shortText!, words));
    }

    /// <summary>The line as a front-matter field; a long line is only copied when it may open with a key.</summary>
    private static FrontMatterField? ReadField(SourceText text, TextSpan content, string? shortText) =>
        shortText is not null ? LineGrammar.ReadField(shortText)
        : LineGrammar.MayOpenWithKey(text.AsSpan(new TextSpan(content.Start, LineGrammar.MaxKeyPrefix))) ? LineGrammar.ReadField(text.ToString(new TextSpan(content.Start, LineGrammar.MaxKeyPrefix)))
        : null;

    private static LineKind Kind(SourceText source, TextSpan content, string? text, int words, MetaLine? meta) => content switch
    {
        { IsEmpty: true } => LineKind.Blank,
        _ when text is null => source[content.Start] == '#' && LineGrammar.IsHashtags(source.ToString(content)) ? LineKind.Hashtags : LineKind.Text,
        _ when LineGrammar.IsRule(text) => LineKind.Rule,
        _ when LineGrammar.IsHashtags(text) => LineKind.Hashtags,
        _ when meta is not null => LineKind.Meta,
        _ when BoilerplateCues.IsNotice(text, words) => LineKind.Notice,
        _ => LineKind.Text,
    };
}
