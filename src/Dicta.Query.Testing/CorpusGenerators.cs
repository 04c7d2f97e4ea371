using System.Globalization;
using System.Text;
using Dicta.Model;
using Dicta.Query.Testing.Generation;
using FsCheck;
using FsCheck.Fluent;

namespace Dicta.Query.Testing;

/// <summary>
/// Small random corpora built in code: a few articles whose statements draw speakers, topics, words, outlets and dates
/// from small pools (<see cref="CorpusGenerationOptions"/>), so that generated conditions match some rows and miss
/// others. They shrink to fewer articles and fewer statements.
/// </summary>
public static class CorpusGenerators
{
    /// <summary>Random corpora (none to <see cref="CorpusGenerationOptions.MaxArticles"/> articles), shrinking by articles, then statements.</summary>
    /// <param name="options">The pools; <see cref="CorpusGenerationOptions.Default"/> when null.</param>
    public static Arbitrary<Corpus> Corpora(CorpusGenerationOptions? options = null) =>
        Arb.From(CorpusBuilder.Corpus(options ?? CorpusGenerationOptions.Default), Shrink);

    /// <summary>Smaller corpora: each without one article, then each with one statement fewer.</summary>
    public static IEnumerable<Corpus> Shrink(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        foreach (var article in corpus.Articles)
        {
            yield return corpus.RemoveArticle(article.Id);
        }

        foreach (var article in corpus.Articles)
        {
            for (var i = 0; i < article.Statements.Length; i++)
            {
                yield return corpus.ReplaceArticle(article.WithStatements(article.Statements.RemoveAt(i)));
            }
        }
    }

    /// <summary>
    /// The corpus one statement a line, for reading a counterexample: article id, outlet and date, then each statement's
    /// line, kind, speaker (with the first aliases this article gives), addressee, channel, topics and the start of its text.
    /// </summary>
    public static string Describe(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var builder = new StringBuilder();
        foreach (var article in corpus.Articles)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{article.Id} ({article.Metadata.Outlet ?? "no outlet"}, {article.Metadata.Published?.ToString("O", CultureInfo.InvariantCulture) ?? "no date"})").Append('\n');
            foreach (var s in article.Statements)
            {
                builder.Append(CultureInfo.InvariantCulture, $"  line {s.Line} {s.Kind} by {Name(s.Speaker)}");
                if (s.Addressee is { } addressee)
                {
                    builder.Append(" to ").Append(Name(addressee));
                }

                if (s.Via is { } via)
                {
                    builder.Append(" via ").Append(Name(via));
                }

                var content = s.Content.Length <= 60 ? s.Content.ToString() : string.Concat(s.Content.Span[..60], "…");
                builder.Append(CultureInfo.InvariantCulture, $" [{string.Join(", ", s.Topics.Select(t => $"{t.Slug}/{t.Label}"))}]{(s.IsAmbiguous ? " ambiguous" : string.Empty)}: \"{content}\"").Append('\n');
            }
        }

        return builder.Length == 0 ? "(no articles)" : builder.ToString();
    }

    /// <summary>The name and the first few aliases this article gives (they decide what <c>speaker = …</c> finds).</summary>
    private static string Name(Speaker speaker) =>
        speaker.Aliases.IsEmpty ? speaker.Name
        : $"{speaker.Name} ({string.Join(", ", speaker.Aliases.Take(4))}{(speaker.Aliases.Length > 4 ? ", …" : string.Empty)})";
}
