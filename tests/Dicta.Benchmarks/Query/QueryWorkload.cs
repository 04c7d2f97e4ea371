using Dicta.Benchmarks.Model;
using Dicta.Model;

namespace Dicta.Benchmarks.Query;

/// <summary>
/// What the query benchmarks ask of a model-level corpus (<see cref="StatementCorpus"/>): a frequently quoted speaker
/// (the tenth most quoted, about 1 % of the statements), a topic, a rare term, a substring and a pattern; the same
/// for Dicta and for the alternatives.
/// </summary>
public sealed class QueryWorkload
{
    /// <summary>The topic every speaker-and-topic query asks for.</summary>
    public const string TopicSlug = "taiwan";

    /// <summary>The term of <c>text has</c>: a whole word in about 1 % of the statements.</summary>
    public const string Term = "multipolar";

    /// <summary>The substring of <c>text contains</c>.</summary>
    public const string Substring = "hegemon";

    /// <summary>The pattern of <c>text matches</c> (ignoring case).</summary>
    public const string Pattern = "unipolar|multipolar";

    /// <summary>The workload over a corpus of <paramref name="statements"/> statements, generated from <paramref name="seed"/>.</summary>
    public QueryWorkload(int statements, int seed = StatementCorpus.DefaultSeed)
    {
        Source = StatementCorpus.Create(statements, seed);
        SpeakerName = Source.RecurringSpeakers[9].Name;
    }

    /// <summary>The generated corpus.</summary>
    public StatementCorpus Source { get; }

    /// <summary>The corpus.</summary>
    public Corpus Corpus => Source.Corpus;

    /// <summary>The canonical name of the speaker the queries ask for.</summary>
    public string SpeakerName { get; }

    /// <summary><c>speaker = … and topic = …</c> in the query language.</summary>
    public string SpeakerAndTopicQuery => $"statements where speaker = \"{SpeakerName}\" and topic = \"{TopicSlug}\"";

    /// <summary><c>text has …</c> in the query language.</summary>
    public static string HasQuery => $"statements where text has \"{Term}\"";

    /// <summary><c>text contains …</c> in the query language.</summary>
    public static string ContainsQuery => $"statements where text contains \"{Substring}\"";

    /// <summary><c>text matches /…/i</c> in the query language.</summary>
    public static string MatchesQuery => $"statements where text matches /{Pattern}/i";

    /// <summary>A typical query with a date: speaker, topic and a lower bound on the date.</summary>
    public string TypicalQuery => $"statements where speaker = \"{SpeakerName}\" and topic = \"{TopicSlug}\" and date >= 2022-01-01";

    /// <summary>Checks, in a benchmark's setup, that every way of asking found the same rows, and some.</summary>
    /// <exception cref="InvalidOperationException">The counts differ, or Dicta found nothing.</exception>
    internal static void Agree(int dicta, params int[] others)
    {
        if (dicta == 0 || others.Any(o => o != dicta))
        {
            throw new InvalidOperationException($"The answers differ or are empty: Dicta {dicta}, the others {string.Join(", ", others)}.");
        }
    }
}
