using System.Diagnostics;
using System.Globalization;
using Dicta.Cli.Output;
using Dicta.Hosting;
using Dicta.Model;
using Dicta.Query;
using Dicta.Query.Execution;
using Spectre.Console;

namespace Dicta.Cli.Repl;

/// <summary>
/// One session of the REPL: reads queries (continuing a query on the next line while it lacks tokens at its end) and
/// meta-commands, runs them on the corpus and shows what they give. Nothing the user types ends it: a bad query shows
/// its diagnostics, a bad file becomes diagnostics, Ctrl+C stops the running query. It ends at the end of the input
/// (Ctrl+D) or on <c>:quit</c>. With <see cref="ReplSettings.Interactive"/> off it runs piped input the way
/// <c>dicta query</c> runs one query.
/// </summary>
internal sealed class ReplSession
{
    private const string Prompt = "dicta> ";
    private const string ContinuationPrompt = "   ...> ";

    private readonly IAnsiConsole _console;
    private readonly TextWriter _error;
    private readonly ILineReader _reader;
    private readonly ReplSettings _settings;
    private readonly Func<DictaOptions> _newOptions;
    private readonly Func<CancellationTokenSource> _newCancellation;
    private readonly List<string> _loaded = [];
    private QueryEngine _engine;
    private QueryCompletion _completion;
    private OutputFormat _format;
    private bool _timing;
    private int _failures;

    /// <summary>A session over <paramref name="corpus"/>.</summary>
    /// <param name="console">Where results, diagnostics (when interactive) and messages go.</param>
    /// <param name="error">Where diagnostics go when the session is not interactive.</param>
    /// <param name="reader">Where lines come from.</param>
    /// <param name="corpus">The corpus loaded at the start.</param>
    /// <param name="settings">Interactive or piped, format, row limit, parameters.</param>
    /// <param name="newOptions">Options for <c>:load</c>: the lexicons the corpus was loaded with, and no sources.</param>
    /// <param name="newCancellation">A cancellation source for each query; Ctrl+C cancels the one in use.</param>
    public ReplSession(
        IAnsiConsole console,
        TextWriter error,
        ILineReader reader,
        Corpus corpus,
        ReplSettings settings,
        Func<DictaOptions> newOptions,
        Func<CancellationTokenSource> newCancellation)
    {
        _console = console ?? throw new ArgumentNullException(nameof(console));
        _error = error ?? throw new ArgumentNullException(nameof(error));
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _newOptions = newOptions ?? throw new ArgumentNullException(nameof(newOptions));
        _newCancellation = newCancellation ?? throw new ArgumentNullException(nameof(newCancellation));
        _engine = new QueryEngine(corpus ?? throw new ArgumentNullException(nameof(corpus)));
        _completion = new QueryCompletion(corpus);
        _format = settings.Format;
    }

    /// <summary>The corpus queries run on now.</summary>
    public Corpus Corpus => _engine.Corpus;

    /// <summary>Runs until the input ends or <c>:quit</c>; returns the exit code (1 when a piped query failed).</summary>
    public int Run()
    {
        if (_settings.Interactive)
        {
            _console.MarkupLine($"[bold]{Markup.Escape(ReplHelp.Banner)}[/]");
            _console.MarkupLine(Invariant($"[grey]{Corpus.ArticleCount} articles, {Corpus.Statements.Length} statements, {Corpus.Speakers.Length} speakers, {Corpus.Topics.Length} topics from {Markup.Escape(_settings.Origin)}.[/]"));
        }

        while (true)
        {
            string? input;
            try
            {
                input = ReadInput();
            }
            catch (OperationCanceledException)
            {
                continue;
            }

            if (input is null)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(input))
            {
                continue;
            }

            if (ReplCommand.IsCommand(input))
            {
                if (!RunCommand(ReplCommand.Parse(input)))
                {
                    break;
                }
            }
            else
            {
                RunQuery(input);
            }
        }

        return !_settings.Interactive && _failures > 0 ? DictaCommandLine.InputErrors : DictaCommandLine.Success;
    }

    /// <summary>A meta-command line, or a query with its continuation lines; null at the end of the input.</summary>
    private string? ReadInput()
    {
        var text = _reader.ReadLine(new LineRequest(Prompt, string.Empty, _completion));
        if (text is null || ReplCommand.IsCommand(text))
        {
            return text;
        }

        while (QueryContinuation.IsIncomplete(text))
        {
            var next = _reader.ReadLine(new LineRequest(ContinuationPrompt, text + "\n", _completion));
            if (string.IsNullOrWhiteSpace(next))
            {
                // An empty line (or the end of the input) runs the query as it is, so a query can never trap the user.
                break;
            }

            text += "\n" + next;
        }

        return text;
    }

    private void RunQuery(string text)
    {
        using var cancellation = _newCancellation();
        var stopwatch = Stopwatch.StartNew();
        QueryResult result;
        try
        {
            result = _engine.Execute(text, _settings.Parameters, cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            _failures++;
            Message("[yellow]The query was cancelled.[/]", "dicta: the query was cancelled");
            return;
        }

        stopwatch.Stop();
        if (_settings.Interactive)
        {
            DiagnosticRenderer.Render(_console, result.Diagnostics, Commands.QueryCommand.MaxQueryDiagnostics);
        }
        else
        {
            DiagnosticWriter.Write(_error, result.Diagnostics, Commands.QueryCommand.MaxQueryDiagnostics);
        }

        if (!result.Succeeded)
        {
            _failures++;
            return;
        }

        if (_settings.Interactive && _format == OutputFormat.Table)
        {
            ResultRenderer.Render(_console, result, Corpus, _settings.RowLimit);
        }
        else
        {
            ResultWriter.Write(_console.Profile.Out.Writer, result, Corpus, _format);
        }

        if (_timing)
        {
            var elapsed = stopwatch.Elapsed.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture);
            Message($"[grey]{result} in {elapsed} ms[/]", $"{result} in {elapsed} ms");
        }
    }

    /// <summary>Runs a meta-command; false when the session should end.</summary>
    private bool RunCommand(ReplCommand command)
    {
        switch (command.Kind)
        {
            case ReplCommandKind.Quit:
                return false;
            case ReplCommandKind.Help:
                ReplHelp.Render(_console);
                break;
            case ReplCommandKind.Schema:
                SchemaRenderer.Render(_console, QueryEngine.Schema);
                break;
            case ReplCommandKind.Explain:
                Explain(command.Argument);
                break;
            case ReplCommandKind.Load:
                Load(command.Argument);
                break;
            case ReplCommandKind.Corpus:
                var origins = string.Join(", ", _loaded.Prepend(_settings.Origin));
                CorpusSummaryWriter.Write(_console.Profile.Out.Writer, Corpus, origins);
                break;
            case ReplCommandKind.Diagnostics:
                ShowCorpusDiagnostics();
                break;
            case ReplCommandKind.Format:
                SetFormat(command.Argument);
                break;
            case ReplCommandKind.Timing:
                SetTiming(command.Argument);
                break;
            default:
                _failures++;
                Message(
                    $"[red]unknown command ':{Markup.Escape(command.Name)}'[/]; :help lists the commands",
                    $"dicta: unknown command ':{command.Name}'; :help lists the commands");
                break;
        }

        return true;
    }

    private void Explain(string query)
    {
        if (query.Length == 0)
        {
            Message("usage: [cyan]:explain QUERY[/]", "dicta: usage: :explain QUERY");
            return;
        }

        var explanation = _engine.Explain(query, _settings.Parameters);
        _console.Profile.Out.Writer.Write((explanation with { Diagnostics = [] }).ToString());
        DiagnosticRenderer.Render(_console, explanation.Diagnostics);
    }

    private void Load(string argument)
    {
        var path = argument.Trim().Trim('"', '\'');
        if (path.Length == 0)
        {
            Message("usage: [cyan]:load PATH[/] (an article file, a directory of articles or a JSON Lines file)", "dicta: usage: :load PATH");
            return;
        }

        var before = Corpus;
        var options = _newOptions().AddCorpus(before).AddPath(path);
        var after = _settings.Interactive ? CorpusProgress.Load(_console, options, $"loading {path}") : CorpusFactory.Load(options);
        var known = before.Diagnostics.ToHashSet();
        var added = after.Diagnostics.Where(d => !known.Contains(d)).ToList();
        DiagnosticRenderer.Render(_console, added);
        _engine = _engine.WithCorpus(after);
        _completion = new QueryCompletion(after);
        _loaded.Add(path);
        var errors = added.Count(d => d.IsError);
        _console.MarkupLine(Invariant(
            $"{after.ArticleCount - before.ArticleCount} articles, {after.Statements.Length - before.Statements.Length} statements added from {Markup.Escape(path)}; {after.ArticleCount} articles in all{(errors > 0 ? $", [red]{errors} errors[/]" : string.Empty)}."));
    }

    private void ShowCorpusDiagnostics()
    {
        if (Corpus.Diagnostics.IsEmpty)
        {
            _console.WriteLine("The corpus has no diagnostics.");
            return;
        }

        DiagnosticWriter.Write(_console.Profile.Out.Writer, Corpus.Diagnostics);
        _console.WriteLine(Invariant($"{Corpus.Diagnostics.Length} diagnostics, {Corpus.Diagnostics.Count(d => d.IsError)} errors"));
    }

    private void SetFormat(string argument)
    {
        if (argument.Length > 0)
        {
            if (!Enum.TryParse<OutputFormat>(argument, ignoreCase: true, out var format) || !Enum.IsDefined(format))
            {
                Message($"[red]unknown format '{Markup.Escape(argument)}'[/]; use table, json, jsonl or csv", $"dicta: unknown format '{argument}'; use table, json, jsonl or csv");
                return;
            }

            _format = format;
        }

        Note($"format: {FormatName(_format)}");
    }

    private void SetTiming(string argument)
    {
        _timing = argument.ToUpperInvariant() switch
        {
            "ON" => true,
            "OFF" => false,
            _ => !_timing,
        };
        Note($"timing: {(_timing ? "on" : "off")}");
    }

    /// <summary>A confirmation for the user at the terminal; piped output carries only results.</summary>
    private void Note(string text)
    {
        if (_settings.Interactive)
        {
            _console.WriteLine(text);
        }
    }

    /// <summary>A message: markup on the console when interactive, plain text on standard error when piped.</summary>
    private void Message(string markup, string plain)
    {
        if (_settings.Interactive)
        {
            _console.MarkupLine(markup);
        }
        else
        {
            _error.WriteLine(plain);
        }
    }

    private static string FormatName(OutputFormat format) => format switch
    {
        OutputFormat.Json => "json",
        OutputFormat.Jsonl => "jsonl",
        OutputFormat.Csv => "csv",
        _ => "table",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
