using System.CommandLine;
using Dicta.Cli.Output;

namespace Dicta.Cli.Commands;

/// <summary><c>dicta [--corpus PATH]…</c>: loads the corpus and prints what it holds.</summary>
internal static class SummaryCommand
{
    /// <summary>Makes the summary the root command's action.</summary>
    public static void Configure(RootCommand root, TextWriter output)
    {
        var corpusOption = new CorpusOption();
        corpusOption.AddTo(root);
        root.SetAction(result =>
        {
            var corpus = corpusOption.Load(result);
            CorpusSummaryWriter.Write(output, corpus, corpusOption.Describe(result));
            return DictaCommandLine.Success;
        });
    }
}
