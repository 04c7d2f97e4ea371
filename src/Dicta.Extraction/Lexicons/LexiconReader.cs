using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// Reads the entries of one lexicon file and collects what is wrong with them. Every check reports a
/// diagnostic at the offending value and lets the caller skip just that value or entry, so one bad entry
/// never loses the rest of the file.
/// </summary>
internal sealed class LexiconReader
{
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    private LexiconReader(SourceText source) => Source = source;

    /// <summary>The text of the file.</summary>
    public SourceText Source { get; }

    /// <summary>Reads a lexicon from bytes: <paramref name="build"/> turns the root value into the lexicon.</summary>
    public static LexiconLoadResult<TLexicon> Load<TLexicon>(ReadOnlySpan<byte> utf8, string path, TLexicon empty, Func<LexiconReader, LexiconJsonValue, TLexicon> build)
        where TLexicon : class
    {
        var (source, root, diagnostics) = LexiconJsonReader.Read(utf8, path);
        if (root is null)
        {
            return new LexiconLoadResult<TLexicon>(empty, diagnostics);
        }

        var reader = new LexiconReader(source);
        var lexicon = build(reader, root);
        return new LexiconLoadResult<TLexicon>(lexicon, reader._diagnostics.ToImmutable());
    }

    /// <summary>Reads a lexicon from a file.</summary>
    public static LexiconLoadResult<TLexicon> LoadFile<TLexicon>(string path, TLexicon empty, Func<LexiconReader, LexiconJsonValue, TLexicon> build)
        where TLexicon : class
    {
        var (bytes, diagnostics) = LexiconSource.File(path);
        return bytes is null ? new LexiconLoadResult<TLexicon>(empty, diagnostics) : Load(bytes, path, empty, build);
    }

    /// <summary>Reads a lexicon from a stream.</summary>
    public static LexiconLoadResult<TLexicon> LoadStream<TLexicon>(Stream stream, string? path, TLexicon empty, Func<LexiconReader, LexiconJsonValue, TLexicon> build)
        where TLexicon : class
    {
        var name = path ?? "(stream)";
        var (bytes, diagnostics) = LexiconSource.Stream(stream, name);
        return bytes is null ? new LexiconLoadResult<TLexicon>(empty, diagnostics) : Load(bytes, name, empty, build);
    }

    /// <summary>Reads an embedded default lexicon; a default with any diagnostic is a build defect, so it throws.</summary>
    public static TLexicon LoadEmbedded<TLexicon>(string fileName, TLexicon empty, Func<LexiconReader, LexiconJsonValue, TLexicon> build)
        where TLexicon : class
    {
        var result = Load(LexiconSource.Embedded(fileName), fileName, empty, build);
        return result.Diagnostics.IsEmpty
            ? result.Lexicon
            : throw new InvalidOperationException($"The embedded lexicon {fileName} is broken: {result.Diagnostics[0]}");
    }

    /// <summary>Reports a problem at <paramref name="span"/>.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments) =>
        _diagnostics.Add(descriptor.Create(Location.In(Source, span), arguments));

    /// <summary>True when <paramref name="value"/> has the <paramref name="kind"/> wanted; otherwise reports it as <paramref name="name"/>.</summary>
    public bool Expect(LexiconJsonValue value, JsonValueKind kind, string name)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Kind == kind || (kind == JsonValueKind.True && value.Kind == JsonValueKind.False))
        {
            return true;
        }

        Report(LexiconDiagnostics.WrongType, value.Span, name, LexiconJsonValue.DescribeKind(kind), value.Describe());
        return false;
    }

    /// <summary>Warns about each property of <paramref name="entry"/> not in <paramref name="known"/>.</summary>
    public void CheckProperties(LexiconJsonValue entry, string what, params string[] known)
    {
        ArgumentNullException.ThrowIfNull(entry);
        foreach (var property in entry.Properties)
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal) && !property.Name.StartsWith('$'))
            {
                Report(LexiconDiagnostics.UnknownProperty, property.NameSpan, property.Name, what, string.Join(", ", known));
            }
        }
    }

    /// <summary>
    /// The non-blank string property <paramref name="name"/>, or null. A missing required property is reported
    /// against the entry; a wrong type or a blank string against the value.
    /// </summary>
    public string? String(LexiconJsonValue entry, string name, string what, bool required)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Property(name) is not { } property)
        {
            if (required)
            {
                Report(LexiconDiagnostics.MissingProperty, entry.Span, what, name);
            }

            return null;
        }

        if (!Expect(property.Value, JsonValueKind.String, name))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(property.Value.Text))
        {
            Report(LexiconDiagnostics.InvalidValue, property.Value.Span, $"'{name}' is empty");
            return null;
        }

        return property.Value.Text.Trim();
    }

    /// <summary>
    /// The strings of the array property <paramref name="name"/> (a single string counts as a list of one).
    /// Non-strings and blank strings are reported and left out. Missing gives an empty list.
    /// </summary>
    public ImmutableArray<string> Strings(LexiconJsonValue entry, string name)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Property(name) is not { } property)
        {
            return [];
        }

        if (property.Value.Kind == JsonValueKind.String)
        {
            return String(entry, name, string.Empty, required: false) is { } single ? [single] : [];
        }

        if (!Expect(property.Value, JsonValueKind.Array, name))
        {
            return [];
        }

        var strings = ImmutableArray.CreateBuilder<string>(property.Value.Items.Length);
        for (var i = 0; i < property.Value.Items.Length; i++)
        {
            var item = property.Value.Items[i];
            var itemName = string.Create(CultureInfo.InvariantCulture, $"{name}[{i}]");
            if (!Expect(item, JsonValueKind.String, itemName))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(item.Text))
            {
                Report(LexiconDiagnostics.InvalidValue, item.Span, $"'{itemName}' is empty");
                continue;
            }

            strings.Add(item.Text.Trim());
        }

        return strings.ToImmutable();
    }

    /// <summary>The boolean property <paramref name="name"/>, or <paramref name="fallback"/> when it is missing or not a boolean (reported).</summary>
    public bool Bool(LexiconJsonValue entry, string name, bool fallback)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Property(name) is { } property && Expect(property.Value, JsonValueKind.True, name)
            ? property.Value.Kind == JsonValueKind.True
            : fallback;
    }

    /// <summary>The date property <paramref name="name"/> (ISO 8601, <c>yyyy-MM-dd</c>), or null when missing or malformed (reported).</summary>
    public DateOnly? Date(LexiconJsonValue entry, string name)
    {
        if (String(entry, name, string.Empty, required: false) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report(LexiconDiagnostics.InvalidValue, entry.Property(name)!.Value.Span, $"'{name}' is not a date of the form yyyy-MM-dd: '{text}'");
        return null;
    }

    /// <summary>
    /// The object items of the array property <paramref name="name"/>; items of another type are reported and
    /// left out. Missing gives an empty list.
    /// </summary>
    public ImmutableArray<LexiconJsonValue> Objects(LexiconJsonValue parent, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (parent.Property(name) is not { } property || !Expect(property.Value, JsonValueKind.Array, name))
        {
            return [];
        }

        var objects = ImmutableArray.CreateBuilder<LexiconJsonValue>(property.Value.Items.Length);
        for (var i = 0; i < property.Value.Items.Length; i++)
        {
            if (Expect(property.Value.Items[i], JsonValueKind.Object, string.Create(CultureInfo.InvariantCulture, $"{name}[{i}]")))
            {
                objects.Add(property.Value.Items[i]);
            }
        }

        return objects.ToImmutable();
    }
}
