using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Dicta.Model;

/// <summary>
/// The indexes that queries use before they scan: statements by speaker, by topic and by term, as sorted
/// positions in <see cref="Corpus.Statements"/>. Each index is built on first use, once, safely under
/// concurrent reads.
/// </summary>
public sealed class CorpusIndex
{
    private readonly ImmutableArray<Statement> _statements;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<int>>> _bySpeaker;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<int>>> _byTopic;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<int>>> _byTerm;

    internal CorpusIndex(ImmutableArray<Statement> statements)
    {
        _statements = statements;
        _bySpeaker = new(() => Build(s => s.Speaker.SelfAndMembers().Select(p => p.Name), StringComparer.Ordinal));
        _byTopic = new(() => Build(s => s.Topics.Select(t => t.Slug), StringComparer.Ordinal));
        _byTerm = new(() => Build(s => Terms.Distinct(s.Content), StringComparer.Ordinal));
    }

    /// <summary>
    /// The positions of the statements by the speaker with canonical name <paramref name="speakerName"/>,
    /// including those by a group it belongs to.
    /// </summary>
    public ImmutableArray<int> BySpeaker(string speakerName) => Lookup(_bySpeaker.Value, speakerName);

    /// <summary>The positions of the statements about the topic <paramref name="slug"/>.</summary>
    public ImmutableArray<int> ByTopic(string slug) => Lookup(_byTopic.Value, slug);

    /// <summary>The positions of the statements whose content has <paramref name="term"/> as a whole term, ignoring case.</summary>
    public ImmutableArray<int> ByTerm(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return Lookup(_byTerm.Value, Terms.Normalize(term));
    }

    /// <summary>The canonical names of all speakers that have statements.</summary>
    public IEnumerable<string> SpeakerNames => _bySpeaker.Value.Keys;

    /// <summary>The number of distinct terms in statement contents.</summary>
    public int TermCount => _byTerm.Value.Count;

    private static ImmutableArray<int> Lookup(FrozenDictionary<string, ImmutableArray<int>> index, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return index.TryGetValue(key, out var positions) ? positions : [];
    }

    private FrozenDictionary<string, ImmutableArray<int>> Build(Func<Statement, IEnumerable<string>> keysOf, StringComparer comparer)
    {
        var postings = new Dictionary<string, List<int>>(comparer);
        for (var position = 0; position < _statements.Length; position++)
        {
            foreach (var key in keysOf(_statements[position]).Distinct(comparer))
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    postings[key] = list = [];
                }

                list.Add(position);
            }
        }

        return postings.ToFrozenDictionary(
            pair => pair.Key,
            pair => ImmutableCollectionsMarshal.AsImmutableArray(pair.Value.ToArray()),
            comparer);
    }
}
