using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction.Layout;

/// <summary>
/// Stage 2 of extraction: lays an article's text out in blocks (front matter, title, standfirst, metadata lines,
/// dateline, headings, paragraphs, hashtags, boilerplate, blank runs) that tile it exactly, and reads the metadata
/// the text gives. The grammar is <c>grammar/article.ebnf</c>, written in Sprache in <see cref="ArticleGrammar"/>.
/// </summary>
/// <remarks>
/// Blocks follow lines, with two exceptions where a line holds two things: a dateline opening the first paragraph
/// becomes a <see cref="BlockKind.Dateline"/> block followed by a <see cref="BlockKind.Paragraph"/> block, and a
/// publisher line glued to the end of a standfirst becomes a <see cref="BlockKind.Metadata"/> block after the
/// <see cref="BlockKind.Standfirst"/>. Each paragraph line is its own block: in scraped text a line is a paragraph.
/// Runs of blank lines are one <see cref="BlockKind.Blank"/> block. Linear in the length of the text.
/// </remarks>
public static class LayoutParser
{
    /// <summary>Lays out <paramref name="text"/>. Never throws for any text.</summary>
    public static ArticleLayout Parse(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = LineLexer.Lex(text);
        var frontMatter = ArticleGrammar.ReadFrontMatter(lines, TrailerScanner.Unscanned(text, lines));
        var start = frontMatter?.Lines.Length ?? 0;
        var context = TrailerScanner.Scan(text, lines, start);
        var items = ArticleGrammar.ParseBody(lines, start, context) ?? LineByLine(lines, start);

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var declared = ArticleMetadata.Empty;
        if (frontMatter is not null)
        {
            (declared, var problems) = FrontMatterReader.Read(text, frontMatter);
            diagnostics.AddRange(problems);
        }

        var (metadata, missing) = MetadataCollector.Collect(text, items, declared);
        diagnostics.AddRange(missing);

        var blocks = ImmutableArray.CreateBuilder<Block>(items.Length + (frontMatter is null ? 0 : 1));
        if (frontMatter is not null)
        {
            blocks.Add(new Block(BlockKind.FrontMatter, frontMatter.Span));
        }

        foreach (var item in items)
        {
            blocks.Add(new Block(item.Kind, item.Span));
        }

        return new ArticleLayout(blocks.MoveToImmutable(), metadata, diagnostics.ToImmutable());
    }

    /// <summary>
    /// Blank runs and paragraphs only. The grammar accepts every sequence of lines, so this is never expected to
    /// run; it keeps <see cref="Parse"/> total should a grammar change break that.
    /// </summary>
    private static ImmutableArray<LayoutItem> LineByLine(ImmutableArray<ArticleLine> lines, int start) =>
        [.. lines.Skip(start).Select(l => LayoutItem.Of(l.IsBlank ? BlockKind.Blank : BlockKind.Paragraph, l))];
}
