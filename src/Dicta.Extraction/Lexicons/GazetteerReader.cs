using System.Collections.Immutable;
using System.Text.Json;
using Dicta.Model;

namespace Dicta.Extraction.Lexicons;

/// <summary>Reads <c>gazetteer.json</c>-shaped files into a <see cref="Gazetteer"/>; the default file's header documents the format.</summary>
internal static class GazetteerReader
{
    private static readonly string[] RootProperties =
        ["titlePatterns", "titleSynonyms", "institutions", "countries", "people", "organizations", "outlets", "roleWords", "descriptorWords"];

    /// <summary>Builds the gazetteer from the root value, reporting and skipping what is malformed.</summary>
    /// <param name="reader">The reader of the file.</param>
    /// <param name="root">The root value.</param>
    /// <param name="basedOn">The gazetteer whose countries offices may also refer to, or null.</param>
    public static Gazetteer Read(LexiconReader reader, LexiconJsonValue root, Gazetteer? basedOn)
    {
        if (!reader.Expect(root, JsonValueKind.Object, "(root)"))
        {
            return Gazetteer.Empty;
        }

        reader.CheckProperties(root, "gazetteer", RootProperties);
        var countries = Unique(reader, reader.Objects(root, "countries").Select(c => (c, ReadCountry(reader, c))), c => c.Name);
        var known = new HashSet<string>(countries.Select(c => c.Name).Concat(basedOn?.Countries.Select(c => c.Name) ?? []), StringComparer.OrdinalIgnoreCase);
        var definitions = Unique(
            reader,
            reader.Objects(root, "people").Select(p => (p, ReadDefinition(reader, p, SpeakerKind.Person, known)))
                .Concat(reader.Objects(root, "organizations").Select(o => (o, ReadDefinition(reader, o, SpeakerKind.Organization, known))))
                .Concat(reader.Objects(root, "outlets").Select(o => (o, ReadDefinition(reader, o, SpeakerKind.Outlet, known)))),
            d => d.Name);
        var institutions = Unique(reader, reader.Objects(root, "institutions").Select(i => (i, ReadInstitution(reader, i))), i => i.Key);
        return new Gazetteer(
            countries,
            definitions,
            institutions,
            ReadStringLists(reader, root, "titlePatterns", TitlePatternKeys.All, TitlePatternKeys.Placeholders),
            ReadStringLists(reader, root, "titleSynonyms", known: null, placeholders: null),
            reader.Strings(root, "roleWords"),
            reader.Strings(root, "descriptorWords"));
    }

    private static GazetteerCountry? ReadCountry(LexiconReader reader, LexiconJsonValue entry)
    {
        reader.CheckProperties(entry, "country", "name", "aliases", "capital", "metonyms", "adjectives", "demonyms", "attributive", "institutions");
        if (reader.String(entry, "name", "country", required: true) is not { } name)
        {
            return null;
        }

        var institutions = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (entry.Property("institutions") is { } property && reader.Expect(property.Value, JsonValueKind.Object, "institutions"))
        {
            foreach (var institution in property.Value.Properties)
            {
                if (reader.Expect(institution.Value, JsonValueKind.String, institution.Name) && !string.IsNullOrWhiteSpace(institution.Value.Text))
                {
                    institutions[institution.Name] = institution.Value.Text.Trim();
                }
            }
        }

        return new GazetteerCountry(
            name,
            reader.Strings(entry, "aliases"),
            reader.String(entry, "capital", "country", required: false),
            reader.Strings(entry, "metonyms"),
            reader.Strings(entry, "adjectives"),
            reader.Strings(entry, "demonyms"),
            reader.String(entry, "attributive", "country", required: false),
            institutions.ToImmutable());
    }

    private static GazetteerDefinition? ReadDefinition(LexiconReader reader, LexiconJsonValue entry, SpeakerKind kind, HashSet<string> knownCountries)
    {
        var what = kind switch
        {
            SpeakerKind.Person => "person",
            SpeakerKind.Outlet => "outlet",
            _ => "organization",
        };
        if (kind == SpeakerKind.Person)
        {
            reader.CheckProperties(entry, what, "name", "aliases", "country", "role", "offices");
        }
        else
        {
            reader.CheckProperties(entry, what, "name", "aliases", "country", "role");
        }

        if (reader.String(entry, "name", what, required: true) is not { } name)
        {
            return null;
        }

        var offices = kind == SpeakerKind.Person
            ? reader.Objects(entry, "offices").Select(o => ReadOffice(reader, o, knownCountries)).OfType<GazetteerOffice>()
            : [];
        return new GazetteerDefinition(
            name,
            kind,
            reader.Strings(entry, "aliases"),
            reader.String(entry, "country", what, required: false),
            reader.String(entry, "role", what, required: false),
            [.. offices]);
    }

    private static GazetteerOffice? ReadOffice(LexiconReader reader, LexiconJsonValue entry, HashSet<string> knownCountries)
    {
        reader.CheckProperties(entry, "office", "title", "country", "from", "to", "leader", "headOfState", "headOfGovernment", "titles");
        var title = reader.String(entry, "title", "office", required: false);
        var country = reader.String(entry, "country", "office", required: false);
        var titles = reader.Strings(entry, "titles");
        if (title is null && titles.IsEmpty)
        {
            reader.Report(LexiconDiagnostics.MissingProperty, entry.Span, "office", "title' or 'titles");
            return null;
        }

        if (title is not null && country is null)
        {
            reader.Report(LexiconDiagnostics.MissingProperty, entry.Span, "office with a 'title'", "country");
            return null;
        }

        if (country is not null && !knownCountries.Contains(country))
        {
            reader.Report(LexiconDiagnostics.UnknownReference, entry.Property("country")!.Value.Span, country, "country");
        }

        var from = reader.Date(entry, "from");
        var to = reader.Date(entry, "to");
        if (from is { } start && to is { } end && end < start)
        {
            reader.Report(LexiconDiagnostics.InvalidValue, entry.Span, $"the office ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})");
            return null;
        }

        return new GazetteerOffice(
            title,
            country,
            from,
            to,
            reader.Bool(entry, "leader", fallback: false),
            reader.Bool(entry, "headOfState", fallback: false),
            reader.Bool(entry, "headOfGovernment", fallback: false),
            titles);
    }

    private static GazetteerInstitution? ReadInstitution(LexiconReader reader, LexiconJsonValue entry)
    {
        reader.CheckProperties(entry, "institution", "key", "name", "aliases", "role");
        var key = reader.String(entry, "key", "institution", required: true);
        var name = reader.String(entry, "name", "institution", required: true);
        if (key is null || name is null)
        {
            return null;
        }

        var aliases = reader.Strings(entry, "aliases");
        var role = reader.String(entry, "role", "institution", required: false);
        foreach (var pattern in aliases.Prepend(name).Concat(role is null ? [] : [role]))
        {
            foreach (var unknown in PatternExpander.UnknownPlaceholders(pattern, GazetteerInstitution.Placeholders))
            {
                reader.Report(LexiconDiagnostics.InvalidValue, entry.Span, $"the pattern '{pattern}' uses the unknown placeholder {{{unknown}}} (known: {string.Join(", ", GazetteerInstitution.Placeholders)})");
                return null;
            }
        }

        return new GazetteerInstitution(key, name, aliases, role);
    }

    /// <summary>An object whose properties are lists of strings; with <paramref name="known"/>, other keys are reported.</summary>
    private static ImmutableDictionary<string, ImmutableArray<string>> ReadStringLists(
        LexiconReader reader,
        LexiconJsonValue root,
        string name,
        ImmutableArray<string>? known,
        ImmutableArray<string>? placeholders)
    {
        var lists = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
        if (root.Property(name) is not { } property || !reader.Expect(property.Value, JsonValueKind.Object, name))
        {
            return lists.ToImmutable();
        }

        if (known is { } keys)
        {
            reader.CheckProperties(property.Value, name, [.. keys]);
        }

        foreach (var list in property.Value.Properties)
        {
            var values = reader.Strings(property.Value, list.Name);
            var usable = new List<string>();
            foreach (var value in values)
            {
                var unknown = placeholders is { } allowed ? PatternExpander.UnknownPlaceholders(value, allowed).FirstOrDefault() : null;
                if (unknown is null)
                {
                    usable.Add(value);
                }
                else
                {
                    reader.Report(LexiconDiagnostics.InvalidValue, list.Value.Span, $"the pattern '{value}' uses the unknown placeholder {{{unknown}}} (known: {string.Join(", ", placeholders!.Value)})");
                }
            }

            lists[list.Name] = [.. usable];
        }

        return lists.ToImmutable();
    }

    /// <summary>The items read, each name once: a second definition in the same file is reported and wins.</summary>
    private static ImmutableArray<T> Unique<T>(LexiconReader reader, IEnumerable<(LexiconJsonValue Entry, T? Item)> items, Func<T, string> name)
        where T : class
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var list = new List<T>();
        foreach (var (entry, item) in items)
        {
            if (item is null)
            {
                continue;
            }

            if (byName.TryGetValue(name(item), out var index))
            {
                reader.Report(LexiconDiagnostics.DuplicateEntry, entry.Span, name(item));
                list[index] = item;
            }
            else
            {
                byName.Add(name(item), list.Count);
                list.Add(item);
            }
        }

        return [.. list];
    }
}
