using System.CommandLine;
using System.Globalization;
using Dicta.Cli.Output;
using Dicta.Query;
using Dicta.Query.Syntax;

namespace Dicta.Cli.Commands;

/// <summary>
/// <c>dicta query "QUERY" [--corpus PATH]… [--param name=value]… [--format table|json|jsonl|csv] [--timeout SECONDS]</c>:
/// runs one query and writes its result. Diagnostics go to standard error with the query line and a caret under the
/// span. Exit code 0 on success; 1 when the query or the corpus has errors, or the query timed out.
/// </summary>
internal static class QueryCommand
{
    /// <summary>How many diagnostics of a query are printed: a megabyte of garbage has hundreds of thousands.</summary>
    internal const int MaxQueryDiagnostics = 100;

    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var queryArgument = new Argument<string>("query") { Description = "The query, e.g. \"statements where speaker = 'Putin' and topic = 'taiwan'\"." };
        var corpusOption = new CorpusOption();
        var parameterOption = new ParameterOption();
        var formatOption = new FormatOption();
        var timeoutOption = new Option<double?>("--timeout")
        {
            Description = "Stop the query after this many seconds.",
        };
        timeoutOption.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is <= 0)
            {
                result.AddError("--timeout must be a positive number of seconds");
            }
        });

        var command = new Command("query", "Run a query on the corpus and write its result.") { queryArgument, timeoutOption };
        corpusOption.AddTo(command);
        parameterOption.AddTo(command);
        formatOption.AddTo(command);
        command.SetAction(result =>
        {
            // Parsing needs no corpus: the grammar's first use, mostly JIT compilation, runs on another core while the
            // corpus loads (a one-off command spends most of its time starting up).
            var text = result.GetValue(queryArgument) ?? string.Empty;
            var parsing = Task.Run(() => SyntaxTree.Parse(text));
            var corpus = corpusOption.Load(result);
            var corpusErrors = corpus.Diagnostics.Where(d => d.IsError).ToList();
            DiagnosticWriter.Write(error, corpusErrors);

            using var timeout = result.GetValue(timeoutOption) is { } seconds ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds)) : new CancellationTokenSource();
            var engine = new QueryEngine(corpus, new QueryEngineOptions { CacheSize = 0 });
            try
            {
                var answer = engine.Prepare(parsing.GetAwaiter().GetResult(), parameterOption.Values(result)).Execute(timeout.Token);
                DiagnosticWriter.Write(error, answer.Diagnostics, MaxQueryDiagnostics);
                if (answer.Succeeded)
                {
                    ResultWriter.Write(output, answer, corpus, formatOption.Value(result));
                }

                return !answer.Succeeded || corpusErrors.Count > 0 ? DictaCommandLine.InputErrors : DictaCommandLine.Success;
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dicta: the query was stopped after {result.GetValue(timeoutOption)} seconds (--timeout)"));
                return DictaCommandLine.InputErrors;
            }
        });
        return command;
    }
}
