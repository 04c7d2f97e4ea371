using Dicta.Model;

namespace Dicta.Extraction.Resolution;

/// <summary>
/// Resolution across the corpus, once every article is read: a person an article names only by surname
/// ("Ushakov said") takes the full name another article gives ("Kremlin aide Yuri Ushakov"), when exactly one
/// full name in the corpus ends with that surname.
/// </summary>
/// <remarks>
/// This runs after the parallel extraction, on one thread, over every statement of the corpus: it makes one pass
/// with a table keyed by surname (looked up by span, no surname strings), and copies only what it changes.
/// </remarks>
internal static class CorpusResolver
{
    /// <summary>The articles with surname-only speakers completed from <paramref name="known"/> and the articles themselves.</summary>
    public static IReadOnlyList<Article> Resolve(IReadOnlyList<Article> articles, IEnumerable<Speaker> known)
    {
        var fullNames = new FullNames();
        foreach (var speaker in known)
        {
            fullNames.Add(speaker);
        }

        foreach (var article in articles)
        {
            foreach (var statement in article.Statements)
            {
                fullNames.AddNamed(statement.Speaker);
                fullNames.AddNamed(statement.Via);
                fullNames.AddNamed(statement.Addressee);
            }
        }

        if (!fullNames.Any)
        {
            return articles;
        }

        var resolved = new Article[articles.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            resolved[i] = Complete(articles[i], fullNames);
        }

        return resolved;
    }

    private static Article Complete(Article article, FullNames fullNames)
    {
        List<Statement>? statements = null;
        for (var i = 0; i < article.Statements.Length; i++)
        {
            var statement = article.Statements[i];
            var speaker = Complete(statement.Speaker, fullNames);
            var via = statement.Via is null ? null : Complete(statement.Via, fullNames);
            var addressee = statement.Addressee is null ? null : Complete(statement.Addressee, fullNames);
            if (!(ReferenceEquals(speaker, statement.Speaker) && ReferenceEquals(via, statement.Via) && ReferenceEquals(addressee, statement.Addressee)))
            {
                statement = statement with { Speaker = speaker, Via = via, Addressee = addressee };
                statements ??= [.. article.Statements.AsSpan(0, i)];
            }

            statements?.Add(statement);
        }

        return statements is null ? article : article.WithStatements(statements);
    }

    private static Speaker Complete(Speaker speaker, FullNames fullNames) =>
        speaker.Kind == SpeakerKind.Person && !speaker.Name.Contains(' ', StringComparison.Ordinal) && fullNames.TryGet(speaker.Name, out var full)
            ? full.WithAliases(speaker.Aliases.Append(speaker.Name))
            : speaker;

    /// <summary>
    /// The full names of persons by surname, ignoring case: the first speaker of each surname, and whether another
    /// name ends with the same surname, in which case the surname is ambiguous and completes nothing.
    /// </summary>
    private sealed class FullNames
    {
        private readonly Dictionary<string, (Speaker First, bool Ambiguous)> _bySurname = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, (Speaker First, bool Ambiguous)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private int _unambiguous;

        public FullNames() => _lookup = _bySurname.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>True when some surname has exactly one full name.</summary>
        public bool Any => _unambiguous > 0;

        /// <summary>Adds a speaker of a statement and, for a group, its members.</summary>
        public void AddNamed(Speaker? speaker)
        {
            if (speaker is null)
            {
                return;
            }

            if (speaker.Members.IsEmpty)
            {
                Add(speaker);
                return;
            }

            foreach (var member in speaker.SelfAndMembers())
            {
                Add(member);
            }
        }

        /// <summary>Counts <paramref name="speaker"/>'s name under its surname, when it is a person's full name.</summary>
        public void Add(Speaker speaker)
        {
            var name = speaker.Name;
            if (speaker.Kind != SpeakerKind.Person || !name.Contains(' ', StringComparison.Ordinal))
            {
                return;
            }

            var surname = Surname(name);
            if (!_lookup.TryGetValue(surname, out var entry))
            {
                _lookup[surname] = (speaker, false);
                _unambiguous++;
            }
            else if (!entry.Ambiguous && !string.Equals(entry.First.Name, name, StringComparison.Ordinal))
            {
                _lookup[surname] = (entry.First, true);
                _unambiguous--;
            }
        }

        /// <summary>The one full name that ends with <paramref name="surname"/>, if there is exactly one.</summary>
        public bool TryGet(string surname, out Speaker full)
        {
            if (_bySurname.TryGetValue(surname, out var entry) && !entry.Ambiguous)
            {
                full = entry.First;
                return true;
            }

            full = null!;
            return false;
        }

        /// <summary>What follows the last space of a name: its surname.</summary>
        private static ReadOnlySpan<char> Surname(string name) => name.AsSpan(name.LastIndexOf(' ') + 1);
    }
}
