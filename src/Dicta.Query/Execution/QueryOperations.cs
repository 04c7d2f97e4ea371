using System.Collections;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dicta.Model;
using Dicta.Model.Text;
using Dicta.Query.Binding;

namespace Dicta.Query.Execution;

/// <summary>
/// The operations on single values that both the compiled code and the interpreter call, so that the two
/// can differ only in how they walk the bound tree. Every operation is false when a value is absent.
/// </summary>
internal static class QueryOperations
{
    public static bool CompareText(ComparisonOperator op, string? left, string? right) => CompareText(op, left?.AsMemory(), right);

    /// <summary>
    /// Compares text read in place (see <see cref="Schema.FieldSymbol.SpanAccessor"/>), ordinally ignoring case: the
    /// comparison of <see cref="string"/>s, which calls this, so a field's text compares alike read either way.
    /// </summary>
    public static bool CompareText(ComparisonOperator op, ReadOnlyMemory<char>? left, string? right) =>
        op == ComparisonOperator.NotEqual
            ? !CompareText(ComparisonOperator.Equal, left, right)
            : left is { } l && right is not null && Holds(op, l.Span.CompareTo(right, StringComparison.OrdinalIgnoreCase));

    public static bool CompareNumber(ComparisonOperator op, decimal? left, decimal? right) =>
        op == ComparisonOperator.NotEqual
            ? !CompareNumber(ComparisonOperator.Equal, left, right)
            : left is { } l && right is { } r && Holds(op, l.CompareTo(r));

    public static bool CompareDate(ComparisonOperator op, DateOnly? left, DateOnly? right) =>
        op == ComparisonOperator.NotEqual
            ? !CompareDate(ComparisonOperator.Equal, left, right)
            : left is { } l && right is { } r && Holds(op, l.CompareTo(r));

    public static bool CompareBoolean(ComparisonOperator op, bool? left, bool? right) =>
        op == ComparisonOperator.NotEqual
            ? !CompareBoolean(ComparisonOperator.Equal, left, right)
            : left is { } l && right is { } r && Holds(op, l.CompareTo(r));

    /// <summary>
    /// <c>speaker = name</c>: the speaker or a member of it (a group) is one of the corpus's speakers that
    /// <paramref name="name"/> names, by canonical name or alias. Other operators compare the canonical name as text.
    /// </summary>
    public static bool CompareSpeaker(QueryContext context, ComparisonOperator op, Speaker? speaker, string? name)
    {
        switch (op)
        {
            case ComparisonOperator.Equal:
                if (speaker is null || name is null)
                {
                    return false;
                }

                var names = context.SpeakerNames(name);
                return names.Count > 0 && speaker.SelfAndMembers().Any(s => names.Contains(s.Name));
            case ComparisonOperator.NotEqual:
                return !CompareSpeaker(context, ComparisonOperator.Equal, speaker, name);
            default:
                return CompareText(op, speaker?.Name, name);
        }
    }

    /// <summary><c>topic = name</c>: the topic is one the corpus knows by <paramref name="name"/> as slug or label. Other operators compare the slug.</summary>
    public static bool CompareTopic(QueryContext context, ComparisonOperator op, Topic? topic, string? name) => op switch
    {
        ComparisonOperator.Equal => topic is not null && name is not null && context.TopicSlugs(name).Contains(topic.Slug),
        ComparisonOperator.NotEqual => !CompareTopic(context, ComparisonOperator.Equal, topic, name),
        _ => CompareText(op, topic?.Slug, name),
    };

    /// <summary><c>article = id</c>: compares the article's id as text.</summary>
    public static bool CompareArticle(ComparisonOperator op, Article? article, string? id) => CompareText(op, article?.Id, id);

    public static bool TestText(StringTestOperator op, string? text, string? value) => TestText(op, text?.AsMemory(), value);

    /// <summary>
    /// A text test on text read in place (see <see cref="Schema.FieldSymbol.SpanAccessor"/>), ignoring case: the test of
    /// <see cref="string"/>s, which calls this, so a field's text tests alike read either way.
    /// </summary>
    public static bool TestText(StringTestOperator op, ReadOnlyMemory<char>? text, string? value)
    {
        if (text is not { } memory || value is null)
        {
            return false;
        }

        return op switch
        {
            StringTestOperator.Has => Terms.Contains(memory, value),
            StringTestOperator.Contains => memory.Span.Contains(value, StringComparison.OrdinalIgnoreCase),
            StringTestOperator.StartsWith => memory.Span.StartsWith(value, StringComparison.OrdinalIgnoreCase),
            _ => memory.Span.EndsWith(value, StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>True when <paramref name="regex"/> matches in <paramref name="text"/>; a timeout is reported and counts as no match.</summary>
    public static bool Matches(QueryContext context, QueryRegex regex, TextSpan patternSpan, string? text) =>
        Matches(context, regex, patternSpan, text?.AsMemory());

    /// <summary>
    /// <see cref="Matches(QueryContext, QueryRegex, TextSpan, string?)"/> on text read in place: the expression sees the
    /// text alone, its anchors at the text's ends, exactly as it sees a copy; a timeout is reported and counts as no match.
    /// </summary>
    public static bool Matches(QueryContext context, QueryRegex regex, TextSpan patternSpan, ReadOnlyMemory<char>? text)
    {
        if (text is not { } memory)
        {
            return false;
        }

        try
        {
            return regex.Regex.IsMatch(memory.Span);
        }
        catch (RegexMatchTimeoutException)
        {
            context.ReportTimeout(regex, patternSpan);
            return false;
        }
    }

    /// <summary>The values of a many-valued field as an output value: an immutable array of its elements.</summary>
    public static ImmutableArray<object> Materialize(IEnumerable? values) =>
        values is null ? [] : [.. values.Cast<object>()];

    private static bool Holds(ComparisonOperator op, int comparison) => op switch
    {
        ComparisonOperator.Equal => comparison == 0,
        ComparisonOperator.Less => comparison < 0,
        ComparisonOperator.LessOrEqual => comparison <= 0,
        ComparisonOperator.Greater => comparison > 0,
        ComparisonOperator.GreaterOrEqual => comparison >= 0,
        _ => comparison != 0,
    };
}
