using System.CommandLine;
using Dicta.Extraction;
using Dicta.Extraction.Lexicons;
using Dicta.Model;
using Dicta.Model.Diagnostics;

namespace Dicta.Cli.Commands;

/// <summary>
/// The options every command that loads a corpus shares: <c>--corpus</c> (files, directories or JSON Lines files;
/// the embedded seeds when absent) and <c>--cues</c>, <c>--gazetteer</c>, <c>--topics</c> (JSON files that extend the
/// shipped lexicons). Problems in a lexicon file become diagnostics of the corpus.
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

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(_corpus);
        command.Add(_cues);
        command.Add(_gazetteer);
        command.Add(_topics);
    }

    /// <summary>How the corpus the command line names is described to the user.</summary>
    public string Describe(ParseResult result) =>
        result.GetValue(_corpus) is { Length: > 0 } paths ? string.Join(", ", paths) : "the embedded seed articles";

    /// <summary>Loads the corpus the command line names, with the lexicons it names.</summary>
    public Corpus Load(ParseResult result)
    {
        var diagnostics = new List<Diagnostic>();
        var defaults = ExtractionLexicons.Default;
        var lexicons = new ExtractionLexicons(
            Extend(result.GetValue(_cues), defaults.Cues, CueLexicon.Load, (a, b) => a.Extend(b), diagnostics),
            Extend(result.GetValue(_gazetteer), defaults.Gazetteer, Gazetteer.Load, (a, b) => a.Extend(b), diagnostics),
            Extend(result.GetValue(_topics), defaults.Topics, TopicLexicon.Load, (a, b) => a.Extend(b), diagnostics));
        var loader = new CorpusLoader(lexicons: lexicons);
        var corpus = result.GetValue(_corpus) is { Length: > 0 } paths ? loader.Load(paths) : loader.LoadSeeds();
        return corpus.AddDiagnostics(diagnostics);
    }

    private static T Extend<T>(FileInfo? file, T shipped, Func<string, LexiconLoadResult<T>> load, Func<T, T, T> extend, List<Diagnostic> diagnostics)
        where T : class
    {
        if (file is null)
        {
            return shipped;
        }

        var loaded = load(file.FullName);
        diagnostics.AddRange(loaded.Diagnostics);
        return extend(shipped, loaded.Lexicon);
    }
}
