using System.Buffers;
using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// The terms of a <see cref="TopicLexicon"/> compiled once into a trie over words. Tagging walks the words of
/// a text once, taking the longest term that starts at each word (leftmost-longest, no overlaps), so a longer
/// phrase shadows the words inside it: "Security Council" is multilateral, not security. Word look-ups use the
/// text's own characters (no per-word strings, no regular expressions).
/// </summary>
internal sealed class TopicTagger
{
    private readonly ImmutableArray<Topic> _topics;
    private readonly Node[] _nodes;

    private TopicTagger(ImmutableArray<Topic> topics, Node[] nodes)
    {
        _topics = topics;
        _nodes = nodes;
    }

    /// <summary>Compiles the terms of <paramref name="definitions"/>; <paramref name="ignored"/> phrases match but tag nothing.</summary>
    public static TopicTagger Compile(ImmutableArray<TopicDefinition> definitions, ImmutableArray<string> ignored)
    {
        var builder = new TrieBuilder();
        for (var topic = 0; topic < definitions.Length; topic++)
        {
            foreach (var text in definitions[topic].Terms)
            {
                if (TopicTerm.TryParse(text, out var term, out _))
                {
                    builder.Add(term, topic);
                }
            }
        }

        foreach (var text in ignored)
        {
            if (TopicTerm.TryParse(text, out var term, out _))
            {
                builder.Add(term, topic: -1);
            }
        }

        return new TopicTagger([.. definitions.Select(d => d.Topic)], builder.Build());
    }

    /// <summary>The topics whose terms occur in <paramref name="text"/>, each once, in lexicon order.</summary>
    public ImmutableArray<Topic> Tag(ReadOnlySpan<char> text)
    {
        var found = _topics.Length <= 256 ? stackalloc bool[_topics.Length] : new bool[_topics.Length];
        found.Clear();
        if (!Scan(text, found, matches: null))
        {
            return [];
        }

        var topics = ImmutableArray.CreateBuilder<Topic>();
        for (var i = 0; i < found.Length; i++)
        {
            if (found[i])
            {
                topics.Add(_topics[i]);
            }
        }

        return topics.ToImmutable();
    }

    /// <summary>Each occurrence of a term in <paramref name="text"/>, in text order (ignored phrases are not reported).</summary>
    public ImmutableArray<TopicMatch> Matches(ReadOnlySpan<char> text)
    {
        var matches = ImmutableArray.CreateBuilder<TopicMatch>();
        Scan(text, [], matches);
        return matches.ToImmutable();
    }

    /// <summary>
    /// Finds the leftmost-longest matches: marks their topics in <paramref name="found"/> (when it is not empty)
    /// and adds them to <paramref name="matches"/> (when given). True when any topic was found.
    /// </summary>
    private bool Scan(ReadOnlySpan<char> text, Span<bool> found, ImmutableArray<TopicMatch>.Builder? matches)
    {
        var any = false;
        var words = ArrayPool<TextSpan>.Shared.Rent(Math.Max(16, text.Length / 4));
        try
        {
            var count = 0;
            foreach (var word in WordTokenizer.Words(text))
            {
                if (count == words.Length)
                {
                    var larger = ArrayPool<TextSpan>.Shared.Rent(words.Length * 2);
                    words.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<TextSpan>.Shared.Return(words);
                    words = larger;
                }

                words[count++] = word;
            }

            var spans = words.AsSpan(0, count);
            var i = 0;
            while (i < spans.Length)
            {
                var best = (End: -1, Node: -1);
                Longest(text, spans, i, 0, ref best);
                if (best.Node < 0)
                {
                    i++;
                    continue;
                }

                var topics = _nodes[best.Node].Topics;
                if (!topics.IsEmpty)
                {
                    any = true;
                    if (!found.IsEmpty)
                    {
                        foreach (var topic in topics)
                        {
                            found[topic] = true;
                        }
                    }

                    matches?.Add(new TopicMatch(TextSpan.FromBounds(spans[i].Start, spans[best.End - 1].End), [.. topics.Select(t => _topics[t])]));
                }

                i = best.End;
            }
        }
        finally
        {
            ArrayPool<TextSpan>.Shared.Return(words);
        }

        return any;
    }

    /// <summary>Follows the words from <paramref name="position"/> down the trie and keeps the longest terminal reached.</summary>
    private void Longest(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> words, int position, int node, ref (int End, int Node) best)
    {
        var current = _nodes[node];
        if (current.IsTerminal && position > best.End)
        {
            best = (position, node);
        }

        if (position >= words.Length)
        {
            return;
        }

        var word = text.Slice(words[position].Start, words[position].Length);
        if (current.Children is { } children && current.ChildStarts.MayContain(word) && children.TryGetValue(word, out var child))
        {
            Longest(text, words, position + 1, child, ref best);
        }

        if (current.PrefixStarts.MayStart(word[0]))
        {
            foreach (var (prefix, target) in current.Prefixes)
            {
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    Longest(text, words, position + 1, target, ref best);
                }
            }
        }
    }

    /// <summary>
    /// One trie node: its children by word (looked up by span, after a check of length and first letter that most
    /// words fail), its prefix edges with the letters they start with
    /// (most words start with none of them, and are spared the prefix comparisons), and the topics of a term ending here.
    /// </summary>
    private sealed record Node(
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>? Children,
        WordStarts ChildStarts,
        ImmutableArray<(string Prefix, int Target)> Prefixes,
        FirstCharacters PrefixStarts,
        bool IsTerminal,
        ImmutableArray<int> Topics);

    /// <summary>Builds the trie; topic −1 marks an ignored phrase (terminal, no topic).</summary>
    private sealed class TrieBuilder
    {
        private readonly List<Dictionary<string, int>> _children = [new(StringComparer.OrdinalIgnoreCase)];
        private readonly List<Dictionary<string, int>> _prefixes = [new(StringComparer.OrdinalIgnoreCase)];
        private readonly List<SortedSet<int>?> _topics = [null];

        public void Add(TopicTerm term, int topic)
        {
            var node = 0;
            for (var i = 0; i < term.Words.Length - 1; i++)
            {
                node = Step(_children, node, term.Words[i]);
            }

            foreach (var form in term.LastWordForms())
            {
                var end = Step(term.LastIsPrefix ? _prefixes : _children, node, form);
                var topics = _topics[end] ??= [];
                if (topic >= 0)
                {
                    topics.Add(topic);
                }
            }
        }

        public Node[] Build()
        {
            var nodes = new Node[_children.Count];
            for (var i = 0; i < nodes.Length; i++)
            {
                nodes[i] = new Node(
                    _children[i].Count == 0 ? null : _children[i].GetAlternateLookup<ReadOnlySpan<char>>(),
                    WordStarts.Of(_children[i].Keys),
                    [.. _prefixes[i].Select(p => (p.Key, p.Value))],
                    FirstCharacters.Of(_prefixes[i].Keys),
                    _topics[i] is not null,
                    _topics[i] is { } topics ? [.. topics] : []);
            }

            return nodes;
        }

        private int Step(List<Dictionary<string, int>> edges, int node, string word)
        {
            if (edges[node].TryGetValue(word, out var next))
            {
                return next;
            }

            next = _children.Count;
            _children.Add(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase));
            _prefixes.Add(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase));
            _topics.Add(null);
            edges[node].Add(word, next);
            return next;
        }
    }
}
