using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Dicta.Model.Tests;

/// <summary>A generated text with two offsets in 0..Length (wrapped so FsCheck prints a readable counterexample).</summary>
public sealed record TextWithOffsets(string Text, int First, int Second)
{
    public override string ToString() => $"\"{ModelGenerators.Show(Text)}\" @ {First}, {Second}";
}

/// <summary>One generated block of a layout: its kind and its (non-empty) characters.</summary>
public sealed record LayoutPart(BlockKind Kind, string Chunk);

/// <summary>A generated layout: blocks that, concatenated, are the article's text.</summary>
public sealed record LayoutCase(ImmutableArray<LayoutPart> Parts)
{
    public string Text => string.Concat(Parts.Select(p => p.Chunk));

    public ImmutableArray<Block> Blocks
    {
        get
        {
            var builder = ImmutableArray.CreateBuilder<Block>(Parts.Length);
            var start = 0;
            foreach (var part in Parts)
            {
                builder.Add(new Block(part.Kind, new TextSpan(start, part.Chunk.Length)));
                start += part.Chunk.Length;
            }

            return builder.MoveToImmutable();
        }
    }

    public override string ToString() =>
        string.Join(" | ", Parts.Select(p => $"{p.Kind}:\"{ModelGenerators.Show(p.Chunk)}\""));
}

/// <summary>The ways a layout can fail to tile its text.</summary>
public enum LayoutFlaw
{
    Gap,
    Overlap,
    EmptyBlock,
    ShortEnd,
    LongEnd,
}

/// <summary>A generated layout with one flaw, which an article must reject.</summary>
public sealed record BrokenLayout(string Text, ImmutableArray<Block> Blocks, LayoutFlaw Flaw)
{
    public override string ToString() =>
        $"{Flaw}: \"{ModelGenerators.Show(Text)}\" ({Text.Length}) blocks {string.Join(", ", Blocks.Select(b => b.Span))}";
}

/// <summary>A generated corpus: articles with distinct ids, and corpus-level diagnostics.</summary>
public sealed record CorpusCase(ImmutableArray<Article> Articles, ImmutableArray<Diagnostic> Diagnostics)
{
    public Corpus Build() => Corpus.Create(Articles, Diagnostics);

    public override string ToString() =>
        $"articles [{string.Join(", ", Articles.Select(a => $"{a.Id}: {a.Statements.Length} statements by {string.Join("/", a.Statements.Select(s => s.Speaker.Name))}"))}], {Diagnostics.Length} corpus diagnostics";
}

/// <summary>
/// The generators the model's properties share: texts rich in line breaks, layouts, speakers from a small pool
/// (groups and nested groups included), and small random corpora.
/// </summary>
public static class ModelGenerators
{
    private static readonly string[] LineBreaks = ["\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029"];

    // Runs of breaks whose grouping matters: LF CR is two breaks, CR CR LF is two, CR LF CR is two.
    private static readonly string[] BreakRuns = ["\n\r", "\r\r\n", "\r\n\r", "\r\n\r\n"];

    private static readonly string[] Letters = ["a", "b", " ", "é", "\t", "\U0001F600", "“", "”"];

    /// <summary>Words of article text, chosen so that case folding and lower-casing disagree on some of them.</summary>
    private static readonly string[] Words =
    [
        "Putin", "said", "the", "multipolar", "world", "Taiwan", "U.S.", "China’s", "China's", "well-known",
        "$218.2bn", "2023", "\u212Aelvin", "kelvin", "λόγος", "ΛΌΓΟΣ", "\u212Bngström", "ångström", "GROẞ", "groß",
        "café", "cafe\u0301", "“We", "agree,”",
    ];

    private static readonly string[] Separators = [" ", " ", " ", ", ", ". ", "\n", "\r\n", "\u2028", " — "];

    private static readonly string[] ArticleIds = ["a1", "a2", "a10", "B1", "b1", "x"];

    private static readonly ImmutableDictionary<string, SpeakerEntry> Pool = new SpeakerEntry[]
    {
        new("Vladimir Putin", SpeakerKind.Person, ["Putin", "PUTIN", "Russian President", "the leader"], ["Russia", null], [null, "President of Russia", "President"], []),
        new("Xi Jinping", SpeakerKind.Person, ["Xi", "President Xi", "the leader"], ["China", "PRC", null], [null, "President of China"], []),
        new("Sergei Lavrov", SpeakerKind.Person, ["Lavrov", "Russian Foreign Minister"], ["Russia"], ["Foreign Minister"], []),
        new("Wang Yi", SpeakerKind.Person, ["Wang"], ["China", null], [null], []),
        new("Kremlin", SpeakerKind.Organization, ["the Kremlin", "KREMLIN", "Moscow"], [null, "Russia", "Russian Federation"], [null], []),
        new("CCTV", SpeakerKind.Outlet, ["China Central Television", "cctv"], ["China"], [null, "state broadcaster"], []),
        new("Putin and Xi", SpeakerKind.Group, ["the two leaders"], [null], [null], ["Vladimir Putin", "Xi Jinping"]),
        new("the two ministers", SpeakerKind.Group, ["the ministers"], [null], [null], ["Sergei Lavrov", "Wang Yi"]),
        new("summit participants", SpeakerKind.Group, ["the delegations"], [null], [null], ["Putin and Xi", "Sergei Lavrov"]),
    }.ToImmutableDictionary(e => e.Name, StringComparer.Ordinal);

    /// <summary>The canonical names of the speaker pool.</summary>
    public static ImmutableArray<string> SpeakerNames { get; } = [.. Pool.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The topics statements draw from; "taiwan" comes with two labels (topics compare by slug).</summary>
    public static ImmutableArray<Topic> TopicPool { get; } =
        [new("taiwan", "Taiwan"), new("taiwan", "Taiwan Strait"), new("ukraine", "Ukraine"), new("world-order", "World order"), new("trade", "Trade")];

    /// <summary>Slugs to look up: the pool's, a case variant and one no statement has.</summary>
    public static ImmutableArray<string> TopicSlugs { get; } = ["taiwan", "ukraine", "world-order", "trade", "Taiwan", "none"];

    /// <summary>Terms to look up, including case variants that lower-casing and case folding treat differently.</summary>
    public static ImmutableArray<string> QueryTerms { get; } =
    [
        "putin", "PUTIN", "Putin", "kelvin", "KELVIN", "\u212Aelvin", "λόγος", "ΛΌΓΟΣ", "λόγοσ", "ångström", "\u212Bngström",
        "groß", "GROẞ", "gross", "china", "s", "218", "2bn", "u", "well", "known", "well-known", "café", "cafe\u0301",
        "we", "nothing", string.Empty, " ",
    ];

    /// <summary>Text made mostly of line breaks of every kind, in every combination.</summary>
    public static Gen<string> BreakHeavyText { get; } =
        Gen.ListOf(Gen.Frequency(
                (4, Gen.Elements(LineBreaks)),
                (1, Gen.Elements(BreakRuns)),
                (3, Gen.Elements(Letters))))
            .Select(string.Concat);

    /// <summary>Any text: break-heavy text or FsCheck's arbitrary strings.</summary>
    public static Gen<string> AnyText { get; } =
        Gen.Frequency((3, BreakHeavyText), (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)));

    /// <summary>A text with two offsets in 0..Length.</summary>
    public static Gen<TextWithOffsets> TextWithOffsets { get; } =
        from text in AnyText
        from first in Gen.Choose(0, text.Length)
        from second in Gen.Choose(0, text.Length)
        select new TextWithOffsets(text, first, second);

    /// <summary>Any block kind.</summary>
    public static Gen<BlockKind> BlockKinds { get; } = Gen.Elements(Enum.GetValues<BlockKind>());

    /// <summary>A non-empty chunk of text for one block.</summary>
    public static Gen<string> Chunk { get; } =
        Gen.NonEmptyListOf(Gen.Frequency((1, Gen.Elements(LineBreaks)), (3, Gen.Elements(Letters)), (2, Gen.Elements(Words))))
            .Select(string.Concat);

    /// <summary>A layout of any number of blocks (none included).</summary>
    public static Gen<LayoutCase> Layout { get; } =
        Gen.ListOf(from kind in BlockKinds from chunk in Chunk select new LayoutPart(kind, chunk))
            .Select(parts => new LayoutCase([.. parts]));

    /// <summary>A layout with exactly one flaw: a gap, an overlap, an empty block, or an end short of or past the text's.</summary>
    public static Gen<BrokenLayout> BrokenLayout { get; } =
        from parts in Gen.Choose(2, 6).SelectMany(n => Gen.ListOf(from kind in BlockKinds from chunk in Chunk select new LayoutPart(kind, chunk), n))
        let layout = new LayoutCase([.. parts])
        from flaw in Gen.Elements(Enum.GetValues<LayoutFlaw>())
        from index in Gen.Choose(0, layout.Parts.Length - 1)
        from amount in Gen.Choose(1, 1000)
        select Break(layout, flaw, index, amount);

    /// <summary>A speaker drawn from the pool, with a random subset of its aliases and maybe a country and a role.</summary>
    public static Gen<Speaker> AnySpeaker { get; } = Gen.Elements(SpeakerNames.AsEnumerable()).SelectMany(SpeakerNamed);

    private static Gen<LayoutPart> Paragraph { get; } =
        from words in Gen.Choose(1, 8).SelectMany(n => Gen.ListOf(Gen.Elements(Words), n))
        from separators in Gen.ListOf(Gen.Elements(Separators), words.Count)
        from end in Gen.Elements("\n\n", "\r\n", "\u2029", string.Empty)
        from kind in Gen.Frequency((3, Gen.Constant(BlockKind.Paragraph)), (1, BlockKinds))
        select new LayoutPart(kind, string.Concat(words.Zip(separators, (w, s) => w + s)).TrimEnd() + end);

    private static Gen<Speaker?> OptionalSpeaker { get; } =
        Gen.Frequency((2, Gen.Constant<Speaker?>(null)), (1, AnySpeaker.Select(s => (Speaker?)s)));

    /// <summary>A small corpus: up to six articles with distinct ids, and up to two corpus-level diagnostics.</summary>
    public static Gen<CorpusCase> SmallCorpus { get; } =
        from ids in Gen.SubListOf(ArticleIds)
        from articles in Gen.CollectToArray(ids, ArticleWithId)
        from diagnosticCount in Gen.Choose(0, 2)
        select new CorpusCase(
            [.. articles],
            [.. Enumerable.Range(0, diagnosticCount).Select(i => new Diagnostic("DC0001", DiagnosticSeverity.Error, $"unreadable file {i}", Location.None))]);

    /// <summary>A corpus and an article whose id it does not have.</summary>
    public static Gen<(CorpusCase Corpus, Article Extra)> CorpusAndNewArticle { get; } =
        from corpus in SmallCorpus
        from extra in ArticleWithId("new")
        select (corpus, extra);

    /// <summary>A random article with id <paramref name="id"/>: paragraphs, sentences, statements and diagnostics.</summary>
    public static Gen<Article> ArticleWithId(string id) =>
        from parts in Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(Paragraph, n))
        let layout = new LayoutCase([.. parts])
        let source = SourceText.From(layout.Text, id + ".txt")
        from statements in Gen.Choose(0, 5).SelectMany(n => Gen.ListOf(StatementIn(source.Length), n))
        from diagnosticSpans in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(SpanWithin(0, source.Length), n))
        select new Article(
            id,
            source,
            new ArticleMetadata(Title: id, FileName: source.Path),
            layout.Blocks,
            layout.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => new Sentence(b.GetContentSpan(source))),
            statements,
            diagnosticSpans.Select((span, i) => new Diagnostic("DX0001", DiagnosticSeverity.Warning, $"note {i}", Location.In(source, span))));

    /// <summary>A statement whose spans lie in a text of <paramref name="length"/> characters.</summary>
    public static Gen<Statement> StatementIn(int length) =>
        from kind in Gen.Elements(Enum.GetValues<StatementKind>())
        from content in SpanWithin(0, length)
        from quotes in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(SpanWithin(content.Start, content.End), n))
        from cue in Optional(SpanWithin(0, length))
        from mention in Optional(SpanWithin(0, length))
        from speaker in AnySpeaker
        from addressee in OptionalSpeaker
        from via in OptionalSpeaker
        from topics in Gen.SubListOf(TopicPool.AsEnumerable())
        from ambiguous in Gen.Elements(true, false)
        from alternatives in ambiguous ? Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(AnySpeaker, n)) : Gen.Constant(new List<Speaker>())
        select new Statement
        {
            Kind = kind,
            ContentSpan = content,
            QuoteSpans = [.. quotes],
            CueSpan = cue,
            MentionSpan = mention,
            Speaker = speaker,
            Addressee = addressee,
            Via = via,
            Topics = [.. topics],
            IsAmbiguous = ambiguous,
            Alternatives = [.. alternatives],
        };

    /// <summary>A span inside start..end.</summary>
    public static Gen<TextSpan> SpanWithin(int start, int end) =>
        from a in Gen.Choose(start, end)
        from b in Gen.Choose(start, end)
        select TextSpan.FromBounds(Math.Min(a, b), Math.Max(a, b));

    /// <summary>The text with control and non-ASCII characters escaped, for counterexamples.</summary>
    public static string Show(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.ToString();
    }

    private static Gen<Speaker> SpeakerNamed(string name)
    {
        var entry = Pool[name];
        return from aliases in Gen.SubListOf(entry.Aliases)
               from country in Gen.Elements(entry.Countries)
               from role in Gen.Elements(entry.Roles)
               from members in Gen.CollectToArray(entry.Members, SpeakerNamed)
               select new Speaker(entry.Name, entry.Kind, aliases, country, role, members);
    }

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static BrokenLayout Break(LayoutCase layout, LayoutFlaw flaw, int index, int amount)
    {
        var text = layout.Text;
        var blocks = layout.Blocks.ToBuilder();
        switch (flaw)
        {
            case LayoutFlaw.Gap:
                // Dropping any block but the last leaves a hole (at the start when it is the first).
                blocks.RemoveAt(Math.Min(index, blocks.Count - 2));
                break;
            case LayoutFlaw.Overlap:
                {
                    var at = Math.Max(index, 1);
                    var block = blocks[at];
                    var back = 1 + (amount % blocks[at - 1].Span.Length);
                    blocks[at] = block with { Span = TextSpan.FromBounds(block.Span.Start - back, block.Span.End) };
                    break;
                }

            case LayoutFlaw.EmptyBlock:
                {
                    var at = index + (amount % 2);
                    var start = at < blocks.Count ? blocks[at].Span.Start : text.Length;
                    blocks.Insert(at, new Block(BlockKind.Blank, new TextSpan(start, 0)));
                    break;
                }

            case LayoutFlaw.ShortEnd:
                {
                    var last = blocks[^1];
                    var cut = 1 + (amount % last.Span.Length);
                    if (cut == last.Span.Length)
                    {
                        blocks.RemoveAt(blocks.Count - 1);
                    }
                    else
                    {
                        blocks[^1] = last with { Span = new TextSpan(last.Span.Start, last.Span.Length - cut) };
                    }

                    break;
                }

            case LayoutFlaw.LongEnd:
                {
                    var last = blocks[^1];
                    blocks[^1] = last with { Span = new TextSpan(last.Span.Start, last.Span.Length + amount) };
                    break;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(flaw), flaw, null);
        }

        return new BrokenLayout(text, blocks.ToImmutable(), flaw);
    }

    private sealed record SpeakerEntry(string Name, SpeakerKind Kind, string[] Aliases, string?[] Countries, string?[] Roles, string[] Members);
}
