using Dicta.Extraction.Layout;
using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Extraction.Tests.Layout;

/// <summary>A text and its layout, with the blocks' texts at hand for assertions.</summary>
public sealed record LaidOut(SourceText Text, ArticleLayout Layout)
{
    public static LaidOut Of(string text) => Of(SourceText.From(text, "test.txt"));

    public static LaidOut Of(SourceText text) => new(text, LayoutParser.Parse(text));

    /// <summary>Each block's kind and exact text.</summary>
    public IReadOnlyList<(BlockKind Kind, string Text)> Parts => [.. Layout.Blocks.Select(b => (b.Kind, Text.ToString(b.Span)))];

    /// <summary>The block kinds in order.</summary>
    public IReadOnlyList<BlockKind> Kinds => [.. Layout.Blocks.Select(b => b.Kind)];

    /// <summary>The kinds of the blocks that are not blank, in order.</summary>
    public IReadOnlyList<BlockKind> Solid => [.. Kinds.Where(k => k != BlockKind.Blank)];

    /// <summary>The trimmed texts of the blocks of one kind.</summary>
    public IReadOnlyList<string> TextsOf(BlockKind kind) => [.. Parts.Where(p => p.Kind == kind).Select(p => p.Text.Trim())];

    /// <summary>The kind of the block whose trimmed text is <paramref name="content"/>.</summary>
    public BlockKind KindOf(string content) => Parts.Single(p => p.Text.Trim() == content).Kind;

    public ArticleMetadata Metadata => Layout.Metadata;

    public IReadOnlyList<string> DiagnosticIds => [.. Layout.Diagnostics.Select(d => d.Id)];

    public override string ToString() => string.Join(" | ", Parts.Select(p => $"{p.Kind}:{p.Text.Trim()}"));
}
