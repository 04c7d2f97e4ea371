using System.Text.Json;

namespace Dicta.Extraction.Lexicons;

/// <summary>Reads <c>topics.json</c>-shaped files into a <see cref="TopicLexicon"/>; see its remarks for the format.</summary>
internal static class TopicLexiconReader
{
    /// <summary>Builds the lexicon from the root value, reporting and skipping what is malformed.</summary>
    public static TopicLexicon Read(LexiconReader reader, LexiconJsonValue root)
    {
        if (!reader.Expect(root, JsonValueKind.Object, "(root)"))
        {
            return TopicLexicon.Empty;
        }

        reader.CheckProperties(root, "topic lexicon", "topics", "ignore");
        var definitions = new List<TopicDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in reader.Objects(root, "topics"))
        {
            if (ReadTopic(reader, entry) is not { } definition)
            {
                continue;
            }

            if (!seen.Add(definition.Slug))
            {
                reader.Report(LexiconDiagnostics.DuplicateEntry, entry.Span, definition.Slug);
            }

            definitions.Add(definition);
        }

        var ignored = new List<string>();
        var ignoredProperty = root.Property("ignore");
        var phrases = reader.Strings(root, "ignore");
        for (var i = 0; i < phrases.Length; i++)
        {
            if (TopicTerm.TryParse(phrases[i], out _, out var error))
            {
                ignored.Add(phrases[i]);
            }
            else
            {
                reader.Report(LexiconDiagnostics.InvalidValue, ItemSpan(ignoredProperty!.Value, phrases[i]), error);
            }
        }

        return new TopicLexicon(definitions, ignored);
    }

    private static TopicDefinition? ReadTopic(LexiconReader reader, LexiconJsonValue entry)
    {
        reader.CheckProperties(entry, "topic entry", "slug", "label", "terms", "replace");
        var slug = reader.String(entry, "slug", "topic entry", required: true);
        if (slug is null)
        {
            return null;
        }

        if (!TopicDefinition.IsValidSlug(slug))
        {
            reader.Report(LexiconDiagnostics.InvalidValue, entry.Property("slug")!.Value.Span, $"'{slug}' is not a slug (use lower-case letters, digits and single hyphens)");
            return null;
        }

        var label = reader.String(entry, "label", "topic entry", required: false) ?? slug;
        if (entry.Property("terms") is null)
        {
            reader.Report(LexiconDiagnostics.MissingProperty, entry.Span, "topic entry", "terms");
            return null;
        }

        var terms = new List<string>();
        foreach (var term in reader.Strings(entry, "terms"))
        {
            if (TopicTerm.TryParse(term, out _, out var error))
            {
                terms.Add(term);
            }
            else
            {
                reader.Report(LexiconDiagnostics.InvalidValue, ItemSpan(entry.Property("terms")!.Value, term), error);
            }
        }

        return new TopicDefinition(slug, label, terms, reader.Bool(entry, "replace", fallback: false));
    }

    /// <summary>The span of the string item <paramref name="text"/> in an array (or the array itself).</summary>
    private static Dicta.Model.Text.TextSpan ItemSpan(LexiconJsonValue array, string text) =>
        array.Items.FirstOrDefault(i => i.Kind == JsonValueKind.String && string.Equals(i.Text?.Trim(), text, StringComparison.Ordinal))?.Span ?? array.Span;
}
