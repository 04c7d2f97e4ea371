using Dicta.Model;
using Dicta.Query.Execution;

namespace Dicta.Query.Schema;

/// <summary>Conversions the schema's accessors share, so that every field reads the model one way.</summary>
internal static class SchemaValues
{
    /// <summary>The query's name of a statement kind.</summary>
    public static string KindName(StatementKind kind) => kind switch
    {
        StatementKind.Direct => "direct",
        StatementKind.Partial => "partial",
        _ => "indirect",
    };

    /// <summary>The query's name of a speaker kind.</summary>
    public static string SpeakerKindName(SpeakerKind kind) => kind switch
    {
        SpeakerKind.Person => "person",
        SpeakerKind.Organization => "organization",
        SpeakerKind.Outlet => "outlet",
        _ => "group",
    };

    /// <summary>The calendar date an article was published on, as its own offset gives it; null when unknown.</summary>
    public static DateOnly? DateOf(DateTimeOffset? published) =>
        published is { } value ? DateOnly.FromDateTime(value.DateTime) : null;

    /// <summary>
    /// What the corpus knows of the speaker: the merged symbol with every article's aliases, country and role,
    /// or the speaker itself when the corpus has none by its name.
    /// </summary>
    public static Speaker Known(QueryContext context, Speaker speaker) => context.Corpus.GetSpeaker(speaker.Name) ?? speaker;

    /// <summary>The text of an optional span, or null when it is absent.</summary>
    public static string? TextOf(Statement statement, Dicta.Model.Text.TextSpan? span) =>
        span is { } value ? statement.Source.ToString(value) : null;

    /// <summary>
    /// The text of an optional span read in place, or null when it is absent (typed: a bare <c>null</c> would convert
    /// through <c>char[]</c> to an empty, present text).
    /// </summary>
    public static ReadOnlyMemory<char>? SpanOf(Statement statement, Dicta.Model.Text.TextSpan? span) =>
        span is { } value ? statement.Source.AsMemory(value) : default(ReadOnlyMemory<char>?);

    /// <summary>The canonical name and every alias the corpus knows the speaker by.</summary>
    public static IEnumerable<string> NamesOf(QueryContext context, Speaker speaker)
    {
        var known = Known(context, speaker);
        return known.Aliases.Prepend(known.Name);
    }
}
