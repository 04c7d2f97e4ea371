using Dicta.Extraction.Layout;
using Dicta.Model;
using Dicta.Model.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Extraction.Tests.Layout;

public class LayoutProperties
{
    private static readonly Arbitrary<string> AnyTexts = LayoutGenerators.AnyText.ToArbitrary();

    private static readonly Arbitrary<ArticleCase> ArticleTexts = LayoutGenerators.Articles.ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Any_text_lays_out_into_blocks_that_tile_it() =>
        Prop.ForAll(AnyTexts, text =>
        {
            var laid = LaidOut.Of(text);
            return Tiles(laid) && DiagnosticsLieInside(laid) && MakesAnArticle(laid);
        });

    [Property(MaxTest = 1000)]
    public Property The_grammar_accepts_every_text_without_falling_back() =>
        Prop.ForAll(AnyTexts, text =>
        {
            var source = SourceText.From(text);
            var lines = LineLexer.Lex(source);
            var start = ArticleGrammar.ReadFrontMatter(lines, TrailerScanner.Unscanned(source, lines))?.Lines.Length ?? 0;
            return ArticleGrammar.ParseBody(lines, start, TrailerScanner.Scan(source, lines, start)) is not null;
        });

    [Property(MaxTest = 1000)]
    public Property Blank_blocks_are_blank_and_other_blocks_are_not() =>
        Prop.ForAll(AnyTexts, text =>
            LaidOut.Of(text).Parts.All(p => (p.Kind == BlockKind.Blank) == p.Text.All(c => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')));

    [Property(MaxTest = 500)]
    public Property Article_like_texts_tile_and_make_articles() =>
        Prop.ForAll(ArticleTexts, article =>
        {
            var laid = LaidOut.Of(article.Text);
            return Tiles(laid) && DiagnosticsLieInside(laid) && MakesAnArticle(laid);
        });

    [Property(MaxTest = 500)]
    public Property Every_generated_line_gets_the_kind_it_was_written_as() =>
        Prop.ForAll(ArticleTexts, article =>
        {
            var laid = LaidOut.Of(article.Text);
            return article.Lines.All(line =>
            {
                var block = laid.Layout.Blocks.Single(b => b.Span.Contains(line.Offset));
                return block.Kind == line.Kind && laid.Text.ToString(block.Span).Trim() == line.Content;
            }).Label(laid.ToString());
        });

    [Property(MaxTest = 500)]
    public Property Generated_articles_carry_their_metadata() =>
        Prop.ForAll(ArticleTexts, article =>
        {
            var laid = LaidOut.Of(article.Text);
            var noDate = laid.DiagnosticIds.Contains(LayoutDiagnostics.NoDate.Id);
            return (laid.Metadata.Title == article.Title
                    && laid.Metadata.Dateline == article.Dateline
                    && (laid.Metadata.Published is not null) == article.Dated
                    && noDate != article.Dated)
                .Label(laid.Metadata.ToString());
        });

    [Property(MaxTest = 200)]
    public Property Front_matter_blocks_survive_any_line_break_style() =>
        Prop.ForAll(Gen.Elements(LayoutGenerators.LineBreaks).ToArbitrary(), br =>
        {
            var text = $"---{br}title: T{br}---{br}Body text of the article, which ends.{br}";
            var laid = LaidOut.Of(text);
            return laid.Kinds.SequenceEqual([BlockKind.FrontMatter, BlockKind.Paragraph]) && laid.Metadata.Title == "T";
        });

    private static bool Tiles(LaidOut laid) =>
        string.Concat(laid.Parts.Select(p => p.Text)) == laid.Text.ToString() && laid.Layout.Blocks.All(b => !b.Span.IsEmpty);

    private static bool DiagnosticsLieInside(LaidOut laid) =>
        laid.Layout.Diagnostics.All(d => ReferenceEquals(d.Location.Source, laid.Text) && d.Location.Span.End <= laid.Text.Length);

    private static bool MakesAnArticle(LaidOut laid)
    {
        _ = new Article("generated", laid.Text, laid.Metadata, laid.Layout.Blocks, diagnostics: laid.Layout.Diagnostics);
        return true;
    }
}
