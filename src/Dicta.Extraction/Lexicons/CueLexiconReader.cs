using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Dicta.Extraction.Lexicons;

/// <summary>Reads <c>cues.json</c>-shaped files into a <see cref="CueLexicon"/>; the default file's header documents the format.</summary>
internal static class CueLexiconReader
{
    /// <summary>Builds the lexicon from the root value, reporting and skipping what is malformed.</summary>
    public static CueLexicon Read(LexiconReader reader, LexiconJsonValue root)
    {
        if (!reader.Expect(root, JsonValueKind.Object, "(root)"))
        {
            return CueLexicon.Empty;
        }

        reader.CheckProperties(root, "cue lexicon", "verbs", "nouns", "phrases");
        var verbs = Unique(reader, reader.Objects(root, "verbs").Select(v => (v, ReadVerb(reader, v))), v => v.Lemma);
        var nouns = Unique(reader, reader.Objects(root, "nouns").Select(n => (n, ReadNoun(reader, n))), n => n.Noun);
        var phrases = Unique(reader, reader.Objects(root, "phrases").Select(p => (p, ReadPhrase(reader, p))), p => p.Pattern);
        return new CueLexicon(verbs, nouns, phrases);
    }

    private static CueVerb? ReadVerb(LexiconReader reader, LexiconJsonValue entry)
    {
        reader.CheckProperties(entry, "verb", "lemma", "third", "past", "pastParticiple", "presentParticiple", "addressee", "particles");
        if (reader.String(entry, "lemma", "verb", required: true) is not { } lemma)
        {
            return null;
        }

        if (!IsWord(lemma))
        {
            reader.Report(LexiconDiagnostics.InvalidValue, entry.Property("lemma")!.Value.Span, $"the lemma '{lemma}' is not one word");
            return null;
        }

        var addressee = reader.String(entry, "addressee", "verb", required: false);
        if (addressee is not null && !IsWord(addressee))
        {
            reader.Report(LexiconDiagnostics.InvalidValue, entry.Property("addressee")!.Value.Span, $"the addressee '{addressee}' is neither \"object\", \"none\" nor a preposition");
            addressee = null;
        }

        return new CueVerb(
            lemma,
            Words(reader, entry, "third"),
            Words(reader, entry, "past"),
            Words(reader, entry, "pastParticiple"),
            Words(reader, entry, "presentParticiple"),
            addressee,
            Words(reader, entry, "particles"));
    }

    private static CueNoun? ReadNoun(LexiconReader reader, LexiconJsonValue entry)
    {
        reader.CheckProperties(entry, "noun", "noun", "plural");
        if (reader.String(entry, "noun", "noun entry", required: true) is not { } noun)
        {
            return null;
        }

        if (!WordTokenizer.Words(noun).MoveNext())
        {
            reader.Report(LexiconDiagnostics.InvalidValue, entry.Property("noun")!.Value.Span, $"the noun '{noun}' has no letters or digits");
            return null;
        }

        return new CueNoun(noun, reader.String(entry, "plural", "noun entry", required: false));
    }

    private static CuePhrase? ReadPhrase(LexiconReader reader, LexiconJsonValue entry)
    {
        reader.CheckProperties(entry, "phrase", "pattern", "kind");
        if (reader.String(entry, "pattern", "phrase", required: true) is not { } pattern)
        {
            return null;
        }

        var kindText = reader.String(entry, "kind", "phrase", required: false) ?? "setting";
        if (!Enum.TryParse<CuePhraseKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            reader.Report(LexiconDiagnostics.InvalidValue, entry.Property("kind")!.Value.Span, $"the kind '{kindText}' is neither \"attribution\" nor \"setting\"");
            return null;
        }

        if (!CuePhrase.TryParse(pattern, kind, out var phrase, out var error))
        {
            reader.Report(LexiconDiagnostics.InvalidValue, entry.Property("pattern")!.Value.Span, error);
            return null;
        }

        return phrase;
    }

    /// <summary>A list of single words (a single string counts as a list of one); other values are reported and left out.</summary>
    private static ImmutableArray<string> Words(LexiconReader reader, LexiconJsonValue entry, string name)
    {
        var words = reader.Strings(entry, name);
        foreach (var word in words.Where(w => !IsWord(w)))
        {
            reader.Report(LexiconDiagnostics.InvalidValue, entry.Property(name)!.Value.Span, $"'{word}' in '{name}' is not one word");
        }

        return [.. words.Where(IsWord)];
    }

    private static bool IsWord(string text) => text.Length > 0 && text.All(WordTokenizer.IsWordChar);

    private static ImmutableArray<T> Unique<T>(LexiconReader reader, IEnumerable<(LexiconJsonValue Entry, T? Item)> items, Func<T, string> key)
        where T : class
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var list = new List<T>();
        foreach (var (entry, item) in items)
        {
            if (item is null)
            {
                continue;
            }

            if (!seen.Add(key(item)))
            {
                reader.Report(LexiconDiagnostics.DuplicateEntry, entry.Span, key(item));
            }

            list.Add(item);
        }

        return [.. list];
    }
}
