using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Dicta.Extraction.Loading;
using Dicta.Hosting;
using Dicta.Model;

namespace Dicta.Cli.Commands;

/// <summary>
/// The options every command that loads a corpus shares: <c>--corpus</c> (files, directories or JSON Lines files;
/// the embedded seeds when absent) and <c>--cues</c>, <c>--gazetteer</c>, <c>--topics</c> (JSON files that extend the
/// shipped lexicons), and the loading limits <c>--max-file-size</c> and <c>--max-articles</c>. Problems in a lexicon
/// file become diagnostics of the corpus.
/// </summary>
internal sealed class CorpusOption
{
    private readonly Option<string[]> _corpus = new("--corpus", "-c")
    {
        Description = "An article file, a directory of *.txt articles, or a JSON Lines file (repeatable). Default: the embedded seed articles.",
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<FileInfo?> _cues = new("--cues") { Description = "A JSON file of speech-act cues that extends the shipped cue lexicon." };

    private readonly Option<FileInfo?> _gazetteer = new("--gazetteer") { Description = "A JSON gazetteer of people, organizations, outlets and countries that extends the shipped one." };

    private readonly Option<FileInfo?> _topics = new("--topics") { Description = "A JSON topic lexicon that extends (or, entry by entry, replaces) the shipped one." };

    private readonly Option<long?> _maxFileSize = new("--max-file-size")
    {
        Description = $"The largest article file read, in bytes (K, M and G suffixes count in 1024s); larger files are an error against their path. Default: {ByteSize.Format(LoadOptions.Default.MaxFileBytes)}.",
        CustomParser = result => ByteSize.TryParse(result.Tokens.Single().Value, out var bytes) && bytes > 0
            ? bytes
            : Error<long?>(result, "--max-file-size must be a positive number of bytes, such as 500000, 64K or 32M"),
    };

    private readonly Option<int?> _maxArticles = new("--max-articles")
    {
        Description = $"The most articles a corpus holds; inputs beyond it are left out with a warning. Default: {LoadOptions.Default.MaxArticles:N0}.",
        CustomParser = result => int.TryParse(result.Tokens.Single().Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : Error<int?>(result, "--max-articles must be a positive whole number"),
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(_corpus);
        command.Add(_cues);
        command.Add(_gazetteer);
        command.Add(_topics);
        command.Add(_maxFileSize);
        command.Add(_maxArticles);
    }

    /// <summary>How the corpus the command line names is described to the user.</summary>
    public string Describe(ParseResult result) =>
        result.GetValue(_corpus) is { Length: > 0 } paths ? string.Join(", ", paths) : "the embedded seed articles";

    /// <summary>The options for <see cref="CorpusFactory"/> that the command line names: its corpora and lexicon files.</summary>
    public DictaOptions ToOptions(ParseResult result)
    {
        var options = new DictaOptions();
        foreach (var path in result.GetValue(_corpus) ?? [])
        {
            options.AddPath(path);
        }

        AddFile(result.GetValue(_cues), options.ExtendCues);
        AddFile(result.GetValue(_gazetteer), options.ExtendGazetteer);
        AddFile(result.GetValue(_topics), options.ExtendTopics);
        var limits = result.GetValue(_maxFileSize) is { } maxFileBytes ? options.Loading with { MaxFileBytes = maxFileBytes } : options.Loading;
        limits = result.GetValue(_maxArticles) is { } maxArticles ? limits with { MaxArticles = maxArticles } : limits;
        return options.UseLoading(limits);
    }

    /// <summary>Loads the corpus the command line names, with the lexicons it names.</summary>
    public Corpus Load(ParseResult result) => CorpusFactory.Load(ToOptions(result));

    private static T Error<T>(ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }

    private static void AddFile(FileInfo? file, Func<string, DictaOptions> add)
    {
        if (file is not null)
        {
            add(file.FullName);
        }
    }
}
