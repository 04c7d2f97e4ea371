using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Text;
using Sprache;
using static Dicta.Extraction.Layout.LineParsers;

namespace Dicta.Extraction.Layout;

/// <summary>
/// The article layout grammar over lines, in Sprache; <c>grammar/article.ebnf</c> is its documentation and the two
/// are kept in step (rule names match). Terminals are <see cref="ArticleLine"/>s classified by <see cref="LineLexer"/>;
/// the two regions that need to see far ahead (the trailing boilerplate and the last prose line) are found by
/// <see cref="TrailerScanner"/> first, so every rule here looks at most one blank run ahead.
/// </summary>
internal static class ArticleGrammar
{
    /// <summary>A standfirst is a summary: at most this many words.</summary>
    private const int MaxStandfirstWords = 80;

    // front-matter = fence, ( fence | field, { { blank }, fm-item }, [ { blank }, fence ] ) ;
    private static readonly Parser<ArticleLine> Fence = Line((l, _) => l.IsFence, "---");
    private static readonly Parser<ArticleLine> AnyBlank = Line((l, _) => l.IsBlank, "blank line");
    private static readonly Parser<ArticleLine> Field = Line((l, _) => l.Field is not null && !l.IsIndented && !l.IsFence, "key: value");
    private static readonly Parser<ArticleLine> Continuation =
        Line((l, _) => !l.IsBlank && !l.IsFence && (l.IsIndented || l.ShortText is "-" || l.ShortText?.StartsWith("- ", StringComparison.Ordinal) == true), "continuation");
    private static readonly Parser<ArticleLine> Comment = Line((l, _) => l.ShortText?.StartsWith('#') == true, "comment");
    private static readonly Parser<IEnumerable<ArticleLine>> FrontMatterItem =
        from blanks in AnyBlank.Many()
        from item in Field.Or(Continuation).Or(Comment)
        select blanks.Append(item);

    private static readonly Parser<FrontMatterSection> FrontMatter =
        (from open in Fence
         from close in Fence
         select new FrontMatterSection([open, close], IsClosed: true))
        .Or(from open in Fence
            from first in Field
            from items in FrontMatterItem.Many()
            from close in (from blanks in AnyBlank.Many() from fence in Fence select blanks.Append(fence)).Maybe()
            select new FrontMatterSection(
                [open, first, .. items.SelectMany(i => i), .. close.SelectMany(c => c)],
                IsClosed: close.Any()));

    // gap = blank-run | meta-line | notice | rule | hashtags ;   (before the trailer)
    private static readonly Parser<ArticleLine> Blank = Line((l, c) => l.IsBlank && c.IsBody(l), "blank line");
    private static readonly Parser<IEnumerable<LayoutItem>> BlankRun = Run(BlockKind.Blank, (l, c) => l.IsBlank && c.IsBody(l), "blank line");
    private static readonly Parser<IEnumerable<LayoutItem>> MetaItem =
        Block(BlockKind.Metadata, (l, c) => l.Kind == LineKind.Meta && c.IsBody(l), "meta line", l => new MetadataClue(Meta: l.Meta));

    private static readonly Parser<IEnumerable<LayoutItem>> NoticeItem =
        Block(BlockKind.Boilerplate, (l, c) => l.Kind is LineKind.Notice or LineKind.Rule && c.IsBody(l), "notice");

    private static readonly Parser<IEnumerable<LayoutItem>> HashtagsItem = Block(BlockKind.Hashtags, (l, c) => l.Kind == LineKind.Hashtags && c.IsBody(l), "hashtags");

    // Each alternative reads its own kinds of line, so the line's kind picks the alternative.
    private static readonly (LineKind, Parser<IEnumerable<LayoutItem>>)[] GapRules =
    [
        (LineKind.Blank, BlankRun), (LineKind.Meta, MetaItem), (LineKind.Notice, NoticeItem), (LineKind.Rule, NoticeItem),
        (LineKind.Hashtags, HashtagsItem),
    ];

    private static readonly Parser<IEnumerable<LayoutItem>> Gap = ByKind("gap", GapRules);

    // title = text-line (headline-like, not opening with a dateline) ;
    private static readonly Parser<IEnumerable<LayoutItem>> Title =
        Block(
            BlockKind.Title,
            (l, c) => l.IsText && l.IsHeadlineLike && c.IsBody(l) && DatelineGrammar.Match(l.ShortText!) is null,
            "headline",
            l => new MetadataClue(Title: l.ShortText));

    /// <summary>A meta line next, perhaps after blank lines; nothing consumed.</summary>
    private static readonly Parser<IEnumerable<LayoutItem>> MetaAhead = (from blanks in Blank.Many() from meta in MetaItem select meta).Ahead();

    private static bool IsStandfirstCandidate(ArticleLine line, LayoutContext context) =>
        line.IsText && context.IsBody(line) && line.Words <= MaxStandfirstWords;

    // standfirst = summary-line, glued-meta | summary-line (ends with ellipsis) | summary-line, & ( { blank }, meta-line ) ;
    private static readonly Parser<IEnumerable<LayoutItem>> Standfirst =
        LineWith((l, c) => IsStandfirstCandidate(l, c) ? GluedMeta(l, c) : null, "standfirst with a publisher line")
            .Select(found => (IEnumerable<LayoutItem>)
            [
                new(BlockKind.Standfirst, TextSpan.FromBounds(found.Line.FullSpan.Start, found.Value.Start)),
                new(BlockKind.Metadata, TextSpan.FromBounds(found.Value.Start, found.Line.FullSpan.End), new MetadataClue(Meta: found.Value.Meta)),
            ])
            .Or(Block(BlockKind.Standfirst, (l, c) => IsStandfirstCandidate(l, c) && TextShape.EndsWithEllipsis(l.GetText(c.Text)), "teaser"))
            .Or(from line in Line(IsStandfirstCandidate, "standfirst")
                from ahead in MetaAhead
                select (IEnumerable<LayoutItem>)[LayoutItem.Of(BlockKind.Standfirst, line)]);

    // head = { gap }, [ title ], { gap }, [ standfirst ], { gap } ;
    private static readonly Parser<IEnumerable<LayoutItem>> Head =
        Sequence(Gap.ManyFlat(), Title.MaybeFlat(), Gap.ManyFlat(), Standfirst.MaybeFlat(), Gap.ManyFlat());

    private static readonly Parser<IEnumerable<LayoutItem>> Paragraph = Block(BlockKind.Paragraph, (l, c) => l.IsText && c.IsBody(l), "text line");

    // first-paragraph = dateline, paragraph-rest | paragraph ;
    private static readonly Parser<IEnumerable<LayoutItem>> FirstParagraph =
        LineWith((l, c) => l.IsText && c.IsBody(l) ? DatelineGrammar.Match(c.Text, l) : null, "dateline")
            .Select(found =>
            {
                var split = found.Line.Content.Start + found.Value.Length;
                return (IEnumerable<LayoutItem>)
                [
                    new(BlockKind.Dateline, TextSpan.FromBounds(found.Line.FullSpan.Start, split), new MetadataClue(Dateline: found.Value)),
                    new(BlockKind.Paragraph, TextSpan.FromBounds(split, found.Line.FullSpan.End)),
                ];
            })
            .Or(Paragraph);

    // heading = text-line (heading-like, with prose after it) ;
    private static readonly Parser<IEnumerable<LayoutItem>> Heading =
        Block(BlockKind.Heading, (l, c) => l.IsText && l.IsHeadingLike && c.IsBody(l) && l.Index < c.LastProse, "heading");

    // body = [ first-paragraph, { gap | heading | paragraph } ] ;   (a gap reads no text line, heading and paragraph only text lines)
    private static readonly Parser<IEnumerable<LayoutItem>> Body =
        Sequence(FirstParagraph, ByKind("body line", [.. GapRules, (LineKind.Text, Heading.Or(Paragraph))]).ManyFlat()).MaybeFlat();

    // trailer = { neutral | notice }, [ opener, { neutral | notice | opener | short } ] ;
    private static readonly Parser<IEnumerable<LayoutItem>> TrailerNeutral =
        Run(BlockKind.Blank, (l, c) => l.IsBlank && !c.IsBody(l), "blank line")
            .Or(Line((l, c) => !l.IsBlank && c.RoleOf(l) == TrailerRole.Neutral, "neutral line").Select(l => l.Kind switch
            {
                LineKind.Meta => LayoutItem.Of(BlockKind.Metadata, l, new MetadataClue(Meta: l.Meta)),
                LineKind.Hashtags => LayoutItem.Of(BlockKind.Hashtags, l),
                _ => LayoutItem.Of(BlockKind.Boilerplate, l),
            }).One());

    private static Parser<IEnumerable<LayoutItem>> TrailerLine(TrailerRole role) =>
        Block(BlockKind.Boilerplate, (l, c) => c.RoleOf(l) == role, role.ToString());

    private static readonly Parser<IEnumerable<LayoutItem>> Trailer =
        Sequence(
            TrailerNeutral.Or(TrailerLine(TrailerRole.Notice)).ManyFlat(),
            Sequence(
                TrailerLine(TrailerRole.Opener),
                TrailerNeutral.Or(TrailerLine(TrailerRole.Notice)).Or(TrailerLine(TrailerRole.Opener)).Or(TrailerLine(TrailerRole.Short)).ManyFlat())
            .MaybeFlat());

    // article = [ front-matter ], head, body, trailer ;   (front matter is read first: see ReadFrontMatter)
    private static readonly Parser<IEnumerable<LayoutItem>> Document = Sequence(Head, Body, Trailer).End();

    /// <summary>The front matter at the very start of the text, or null when the text does not open with one.</summary>
    public static FrontMatterSection? ReadFrontMatter(ImmutableArray<ArticleLine> lines, LayoutContext context)
    {
        var result = FrontMatter(new LineInput(lines, 0, context));
        return result.WasSuccessful ? result.Value : null;
    }

    /// <summary>The blocks of the lines from <paramref name="start"/> on, or null if the grammar fails (it should not).</summary>
    public static ImmutableArray<LayoutItem>? ParseBody(ImmutableArray<ArticleLine> lines, int start, LayoutContext context)
    {
        var result = Document(new LineInput(lines, start, context));
        return result.WasSuccessful ? [.. result.Value] : null;
    }

    private static GluedMeta? GluedMeta(ArticleLine line, LayoutContext context) =>
        MetaLineGrammar.FindGlued(line.GetText(context.Text)) is { } glued
            ? new GluedMeta(line.Content.Start + glued.Offset, glued.Meta)
            : null;
}
