using System.Diagnostics;
using System.Globalization;

namespace Dicta.Benchmarks.Model;

/// <summary>
/// The memory a model of N statements keeps, beyond its source texts: the live heap after building a
/// <see cref="StatementCorpus"/> and every derived view queries use (the flat statement list, merged speakers, topics,
/// and the speaker, topic and term indexes), minus the heap before and minus the strings of the article texts.
/// </summary>
public static class ModelMemory
{
    /// <summary>Measures a corpus of <paramref name="statements"/> statements and writes one line of figures to <paramref name="output"/>.</summary>
    public static void Measure(int statements, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var source = StatementCorpus.Create(statements);
        var generated = clock.Elapsed;
        var modelOnly = GC.GetTotalMemory(forceFullCollection: true);

        clock.Restart();
        var corpus = source.Corpus;
        var speaker = source.RecurringSpeakers[0].Name;
        _ = corpus.Statements.Length + corpus.Speakers.Length + corpus.Topics.Length;
        _ = corpus.Index.BySpeaker(speaker).Length + corpus.Index.ByTopic(source.Topics[0].Slug).Length + corpus.Index.ByTerm("said").Length;
        var indexed = clock.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        // A string of n characters takes 20 bytes of header and length, 2n of characters and a terminator, rounded up to 8.
        var textBytes = corpus.Articles.Sum(a => (22L + (2L * a.Text.Length) + 7) / 8 * 8);
        var model = modelOnly - before - textBytes;
        var total = after - before - textBytes;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {statements,9:N0} | {corpus.ArticleCount,7:N0} | {corpus.Speakers.Length,8:N0} | {textBytes / 1e6,8:N1} | {model / (double)statements,8:N0} | {(after - modelOnly) / (double)statements,8:N0} | {total / (double)statements,8:N0} | {allocated / 1e6,9:N0} | {generated.TotalSeconds,6:N1} | {indexed.TotalSeconds,6:N1} |"));
        GC.KeepAlive(source);
    }

    /// <summary>The header of the table <see cref="Measure"/> writes lines of.</summary>
    public static string Header =>
        "| statements | articles | speakers | text MB | model B/stmt | indexes B/stmt | total B/stmt | allocated MB | build s | index s |\n" +
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
}
