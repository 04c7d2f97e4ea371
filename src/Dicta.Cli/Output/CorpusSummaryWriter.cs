using System.Globalization;
using Dicta.Model;

namespace Dicta.Cli.Output;

/// <summary>Prints what a corpus holds: totals, then one line per article.</summary>
internal static class CorpusSummaryWriter
{
    /// <summary>Writes the summary of <paramref name="corpus"/>, loaded from <paramref name="origin"/>.</summary>
    public static void Write(TextWriter writer, Corpus corpus, string origin)
    {
        var articles = corpus.Articles.ToList();
        var characters = articles.Sum(a => (long)a.Text.Length);
        var errors = corpus.Diagnostics.Count(d => d.IsError);
        writer.WriteLine(Invariant($"Corpus from {origin}: {articles.Count:N0} articles, {characters:N0} characters"));
        writer.WriteLine(Invariant($"  sentences    {articles.Sum(a => a.Sentences.Length),8:N0}"));
        writer.WriteLine(Invariant($"  statements   {corpus.Statements.Length,8:N0}"));
        writer.WriteLine(Invariant($"  speakers     {corpus.Speakers.Length,8:N0}"));
        writer.WriteLine(Invariant($"  topics       {corpus.Topics.Length,8:N0}"));
        writer.WriteLine(Invariant($"  diagnostics  {corpus.Diagnostics.Length,8:N0}  ({errors:N0} errors; 'dicta check' lists them)"));
        if (articles.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        var idWidth = Math.Clamp(articles.Max(a => a.Id.Length), 7, 40);
        writer.WriteLine($"  {"article".PadRight(idWidth)}  {"published",-10}  {"outlet",-24}  {"sentences",9}  {"statements",10}  title");
        foreach (var article in articles)
        {
            var metadata = article.Metadata;
            var published = metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
            writer.WriteLine(Invariant(
                $"  {Clip(article.Id, idWidth).PadRight(idWidth)}  {published,-10}  {Clip(metadata.Outlet ?? "-", 24),-24}  {article.Sentences.Length,9:N0}  {article.Statements.Length,10:N0}  {Clip(metadata.Title ?? "-", 60)}"));
        }
    }

    private static string Clip(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
