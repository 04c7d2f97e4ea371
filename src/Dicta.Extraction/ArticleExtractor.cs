using System.Collections.Concurrent;
using System.Collections.Immutable;
using Dicta.Extraction.Attribution;
using Dicta.Extraction.Decoding;
using Dicta.Extraction.Layout;
using Dicta.Extraction.Loading;
using Dicta.Extraction.Quotations;
using Dicta.Extraction.Resolution;
using Dicta.Extraction.Sentences;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction;

/// <summary>
/// The extraction pipeline for one article: decode, lay out, find quotations and sentences, attribute statements,
/// resolve their speakers, tag their topics, and build the <see cref="Article"/>. Each stage is a pure function of
/// what the stages before it built, so articles are extracted independently and in parallel. Thread-safe.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly AttributionFinder _attribution;
    private readonly SpeakerResolver _resolver;

    /// <summary>Token text pools between articles: the words of one article are mostly those of the last.</summary>
    private readonly ConcurrentBag<TokenTextPool> _tokenTexts = [];

    /// <summary>An extractor with the default options and lexicons.</summary>
    public static ArticleExtractor Default { get; } = new(LoadOptions.Default);

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">The limits that apply while reading files.</param>
    /// <param name="lexicons">The cues, gazetteer and topics to read by; <see cref="ExtractionLexicons.Default"/> when null.</param>
    public ArticleExtractor(LoadOptions options, ExtractionLexicons? lexicons = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Lexicons = lexicons ?? ExtractionLexicons.Default;
        var vocabulary = new AttributionVocabulary(Lexicons.Cues, Lexicons.Gazetteer);
        _attribution = new AttributionFinder(vocabulary);
        _resolver = new SpeakerResolver(vocabulary);
    }

    /// <summary>The cues, gazetteer and topics extraction reads by.</summary>
    public ExtractionLexicons Lexicons { get; }

    /// <summary>The limits that apply while reading files.</summary>
    public LoadOptions Options { get; }

    /// <summary>
    /// Reads and analyses one input. Never throws for bad input: problems become diagnostics. Should a stage fail on
    /// some input nobody foresaw, that one article is reported (DX0008) and left out, and the rest of a load goes on.
    /// </summary>
    public ExtractionResult Extract(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return ExtractUnguarded(input);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            var location = Location.In(SourceText.From(string.Empty, input.Id), default);
            return ExtractionResult.Failed(LoadingDiagnostics.ExtractionFailed.Create(location, $"{e.GetType().Name}: {e.Message}"));
        }
    }

    private ExtractionResult ExtractUnguarded(ArticleInput input) =>
        input switch
        {
            UnreadableArticleInput unreadable => ExtractionResult.Failed(unreadable.Diagnostic),
            TextArticleInput text => Analyse(input, SourceText.From(text.Text, input.Id), []),
            BytesArticleInput bytes => Decode(input, bytes.Bytes.Span),
            FileArticleInput file => ReadFile(file),
            _ => throw new ArgumentException($"Unknown kind of input: {input.GetType().Name}.", nameof(input)),
        };

    /// <summary>Analyses a text that is already decoded: the stages after decoding.</summary>
    public Article Extract(string id, SourceText text, ArticleMetadata? metadata = null) =>
        Analyse(ArticleInput.FromText(id, text.ToString(), metadata), text, []).Article!;

    private ExtractionResult ReadFile(FileArticleInput file)
    {
        byte[]? bytes;
        try
        {
            // Checked again at read time, and while reading: the file may have grown since it was found.
            bytes = BoundedFileReader.Read(file.Path, Options.MaxFileBytes, out var size);
            if (bytes is null)
            {
                return ExtractionResult.Failed(LoadingDiagnostics.FileTooLarge.Create(ArticleSources.FileLocation(file.Path), file.Path, size, Options.MaxFileBytes));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ExtractionResult.Failed(LoadingDiagnostics.FileUnreadable.Create(ArticleSources.FileLocation(file.Path), file.Path, e.Message));
        }

        return Decode(file, bytes);
    }

    private ExtractionResult Decode(ArticleInput input, ReadOnlySpan<byte> bytes)
    {
        var decoded = SourceDecoder.Decode(bytes, input.Id);
        return decoded.IsBinary
            ? new ExtractionResult(null, decoded.Diagnostics)
            : Analyse(input, decoded.Text, decoded.Diagnostics);
    }

    private ExtractionResult Analyse(ArticleInput input, SourceText text, ImmutableArray<Diagnostic> decodingDiagnostics)
    {
        var diagnostics = decodingDiagnostics.ToBuilder();
        if (text.ToString().AsSpan().IsWhiteSpace())
        {
            diagnostics.Add(LoadingDiagnostics.EmptyArticle.Create(Location.In(text, default)));
        }

        var layout = LayoutParser.Parse(text);
        diagnostics.AddRange(layout.Diagnostics);
        var metadata = input.Metadata.Or(layout.Metadata);
        var quotations = QuoteScanner.Scan(text, layout.Blocks);
        diagnostics.AddRange(quotations.Diagnostics);
        var sentences = SentenceSplitter.Split(text, layout.Blocks, quotations);
        var texts = TokenTextPool.Rent(_tokenTexts);
        var tokenized = SentenceTokenizer.TokenizeAll(text, sentences, quotations, texts);
        var (candidates, attributionDiagnostics) = _attribution.Find(text, layout.Blocks, tokenized);
        diagnostics.AddRange(attributionDiagnostics);
        var published = metadata.Published is { } when ? DateOnly.FromDateTime(when.UtcDateTime) : (DateOnly?)null;
        var (statements, resolutionDiagnostics) = _resolver.Resolve(text, tokenized, candidates, published);
        diagnostics.AddRange(resolutionDiagnostics);
        TokenTextPool.Return(_tokenTexts, texts);
        var tagged = statements.Select(s => s with { Topics = Lexicons.Topics.Tag(text.AsSpan(s.ContentSpan)) });
        return ExtractionResult.Succeeded(new Article(input.Id, text, metadata, layout.Blocks, sentences, tagged, diagnostics));
    }
}
