using System.Collections.Immutable;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Model;

/// <summary>
/// One article: its text, metadata, layout, sentences, statements and diagnostics. Immutable: the
/// <c>With…</c> methods return a new article. Every node points into <see cref="Text"/> by span.
/// </summary>
public sealed class Article
{
    /// <summary>Creates an article and checks that its parts fit its text.</summary>
    /// <param name="id">The article's identity in a corpus: its file name or record id.</param>
    /// <param name="text">The article's full text.</param>
    /// <param name="metadata">Title, outlet, date and the rest.</param>
    /// <param name="blocks">The layout: blocks that tile <paramref name="text"/> exactly, in order.</param>
    /// <param name="sentences">The body's sentences, in order, not overlapping.</param>
    /// <param name="statements">The statements found in the text; each becomes this article's.</param>
    /// <param name="diagnostics">What a reader should know about the article.</param>
    /// <exception cref="ArgumentException">The blocks do not tile the text, or a span lies outside it.</exception>
    public Article(
        string id,
        SourceText text,
        ArticleMetadata metadata,
        IEnumerable<Block> blocks,
        IEnumerable<Sentence>? sentences = null,
        IEnumerable<Statement>? statements = null,
        IEnumerable<Diagnostic>? diagnostics = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(blocks);
        Id = id;
        Text = text;
        Metadata = metadata;
        Blocks = [.. blocks];
        Sentences = sentences is null ? [] : [.. sentences];
        Diagnostics = diagnostics is null ? [] : [.. diagnostics];
        CheckBlocksTile(text, Blocks);
        CheckSentences(text, Sentences);
        Statements = statements is null ? [] : [.. statements.Select(Adopt)];
    }

    /// <summary>The article's identity in a corpus: its file name or record id.</summary>
    public string Id { get; }

    /// <summary>The article's full text.</summary>
    public SourceText Text { get; }

    /// <summary>Title, outlet, date and the rest.</summary>
    public ArticleMetadata Metadata { get; }

    /// <summary>The layout: blocks that tile <see cref="Text"/> exactly, in order.</summary>
    public ImmutableArray<Block> Blocks { get; }

    /// <summary>The body's sentences, in order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>The statements, in the order they were found.</summary>
    public ImmutableArray<Statement> Statements { get; }

    /// <summary>What a reader should know about the article: unbalanced quotes, undecodable bytes, a missing date.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>A copy with other metadata.</summary>
    public Article WithMetadata(ArticleMetadata metadata) =>
        new(Id, Text, metadata, Blocks, Sentences, Statements, Diagnostics);

    /// <summary>A copy with another layout.</summary>
    public Article WithBlocks(IEnumerable<Block> blocks) =>
        new(Id, Text, Metadata, blocks, Sentences, Statements, Diagnostics);

    /// <summary>A copy with other sentences.</summary>
    public Article WithSentences(IEnumerable<Sentence> sentences) =>
        new(Id, Text, Metadata, Blocks, sentences, Statements, Diagnostics);

    /// <summary>A copy with other statements.</summary>
    public Article WithStatements(IEnumerable<Statement> statements) =>
        new(Id, Text, Metadata, Blocks, Sentences, statements, Diagnostics);

    /// <summary>A copy with other diagnostics.</summary>
    public Article WithDiagnostics(IEnumerable<Diagnostic> diagnostics) =>
        new(Id, Text, Metadata, Blocks, Sentences, Statements, diagnostics);

    /// <summary>A copy with <paramref name="diagnostics"/> added after the present ones.</summary>
    public Article AddDiagnostics(IEnumerable<Diagnostic> diagnostics) => WithDiagnostics(Diagnostics.Concat(diagnostics));

    /// <summary>The block that holds <paramref name="offset"/>, or null when the text is empty or the offset lies at its end.</summary>
    public Block? GetBlockAt(int offset)
    {
        var index = FindByStart(Blocks, offset, b => b.Span);
        return index >= 0 && Blocks[index].Span.Contains(offset) ? Blocks[index] : null;
    }

    /// <summary>The sentence that holds <paramref name="offset"/>, or null when none does.</summary>
    public Sentence? GetSentenceAt(int offset)
    {
        var index = FindByStart(Sentences, offset, s => s.Span);
        return index >= 0 && Sentences[index].Span.Contains(offset) ? Sentences[index] : null;
    }

    /// <summary>The characters of <paramref name="span"/> in this article's text, without copying.</summary>
    public ReadOnlyMemory<char> GetText(TextSpan span) => Text.AsMemory(span);

    /// <summary>The article's id.</summary>
    public override string ToString() => Id;

    private Statement Adopt(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        // The first span that lies outside the text; the empty span at 0 when all lie inside.
        var outside = !Text.Contains(statement.ContentSpan) ? statement.ContentSpan
            : statement.CueSpan is { } cue && !Text.Contains(cue) ? cue
            : statement.MentionSpan is { } mention && !Text.Contains(mention) ? mention
            : FirstOutside(statement.QuoteSpans);
        if (outside.End > Text.Length)
        {
            throw new ArgumentException($"A statement's span {outside} lies outside the text of '{Id}' ({Text.Length}).", nameof(statement));
        }

        return statement with { Owner = this };
    }

    /// <summary>The first of <paramref name="spans"/> that lies outside the text; the empty span at 0 when none does.</summary>
    private TextSpan FirstOutside(ImmutableArray<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            if (!Text.Contains(span))
            {
                return span;
            }
        }

        return default;
    }

    private static void CheckBlocksTile(SourceText text, ImmutableArray<Block> blocks)
    {
        var next = 0;
        foreach (var block in blocks)
        {
            if (block.Span.Start != next || block.Span.IsEmpty)
            {
                throw new ArgumentException($"The blocks do not tile the text: a block starts at {block.Span.Start} where {next} was expected, or is empty.", nameof(blocks));
            }

            next = block.Span.End;
        }

        if (next != text.Length)
        {
            throw new ArgumentException($"The blocks end at {next} but the text is {text.Length} characters long.", nameof(blocks));
        }
    }

    private static void CheckSentences(SourceText text, ImmutableArray<Sentence> sentences)
    {
        var previousEnd = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Span.Start < previousEnd || !text.Contains(sentence.Span))
            {
                throw new ArgumentException($"The sentence {sentence.Span} overlaps the one before it or lies outside the text.", nameof(sentences));
            }

            previousEnd = sentence.Span.End;
        }
    }

    /// <summary>The index of the last item that starts at or before <paramref name="offset"/>, or -1.</summary>
    private static int FindByStart<T>(ImmutableArray<T> items, int offset, Func<T, TextSpan> spanOf)
    {
        int low = 0, high = items.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (spanOf(items[middle]).Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
