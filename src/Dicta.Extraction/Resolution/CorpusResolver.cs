using Dicta.Model;

namespace Dicta.Extraction.Resolution;

/// <summary>
/// Resolution across the corpus, once every article is read: a person an article names only by surname
/// ("Ushakov said") takes the full name another article gives ("Kremlin aide Yuri Ushakov"), when exactly one
/// full name in the corpus ends with that surname.
/// </summary>
internal static class CorpusResolver
{
    /// <summary>The articles with surname-only speakers completed from <paramref name="known"/> and the articles themselves.</summary>
    public static IReadOnlyList<Article> Resolve(IReadOnlyList<Article> articles, IEnumerable<Speaker> known)
    {
        var fullNames = known
            .Concat(articles.SelectMany(a => a.Statements).SelectMany(Named))
            .Where(s => s.Kind == SpeakerKind.Person && s.Name.Contains(' ', StringComparison.Ordinal))
            .GroupBy(s => Surname(s.Name), StringComparer.OrdinalIgnoreCase)
            .Select(g => g.DistinctBy(s => s.Name).ToList())
            .Where(g => g.Count == 1)
            .ToDictionary(g => Surname(g[0].Name), g => g[0], StringComparer.OrdinalIgnoreCase);
        if (fullNames.Count == 0)
        {
            return articles;
        }

        return [.. articles.Select(article => Complete(article, fullNames))];
    }

    private static Article Complete(Article article, Dictionary<string, Speaker> fullNames)
    {
        var changed = false;
        var statements = article.Statements.Select(statement =>
        {
            var speaker = Complete(statement.Speaker, fullNames);
            var via = statement.Via is null ? null : Complete(statement.Via, fullNames);
            var addressee = statement.Addressee is null ? null : Complete(statement.Addressee, fullNames);
            if (ReferenceEquals(speaker, statement.Speaker) && ReferenceEquals(via, statement.Via) && ReferenceEquals(addressee, statement.Addressee))
            {
                return statement;
            }

            changed = true;
            return statement with { Speaker = speaker, Via = via, Addressee = addressee };
        }).ToList();
        return changed ? article.WithStatements(statements) : article;
    }

    private static Speaker Complete(Speaker speaker, Dictionary<string, Speaker> fullNames) =>
        speaker.Kind == SpeakerKind.Person && !speaker.Name.Contains(' ', StringComparison.Ordinal) && fullNames.TryGetValue(speaker.Name, out var full)
            ? full.WithAliases(speaker.Aliases.Append(speaker.Name))
            : speaker;

    private static IEnumerable<Speaker> Named(Statement statement) =>
        new[] { statement.Speaker, statement.Via, statement.Addressee }.OfType<Speaker>().SelectMany(s => s.SelfAndMembers());

    private static string Surname(string name) => name.Split(' ')[^1];
}
