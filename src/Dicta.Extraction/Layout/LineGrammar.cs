using System.Collections.Frozen;
using Sprache;
using static Dicta.Extraction.Layout.CharParsers;

namespace Dicta.Extraction.Layout;

/// <summary>
/// The small line grammars of <c>grammar/article.ebnf</c>: hashtag lines, rule lines and front-matter fields.
/// Each reads one line's trimmed content.
/// </summary>
internal static class LineGrammar
{
    /// <summary>Hashtag lines longer than this are prose that happens to start with '#'.</summary>
    private const int MaxHashtagLine = 2000;

    /// <summary>Keys are short; only this much of a line is read for one.</summary>
    public const int MaxKeyPrefix = 64;

    // Sub-parsers are fields, built once: Sprache runs the expression after each "from … in" (but the first) anew on
    // every parse.
    private static readonly Parser<string> TagCharacters = CharRun(c => char.IsLetterOrDigit(c) || c == '_', 1, "tag character");

    private static readonly Parser<string> Hashtag =
        from hash in Char('#')
        from tag in TagCharacters
        select tag;

    private static readonly Parser<char> Comma = Char(',');

    private static readonly Parser<char> HashtagSeparator =
        (from before in OptionalSpaces from comma in Comma from after in OptionalSpaces select comma).Or(Spaces.Select(_ => ' '));

    /// <summary>"#Russia #Putin, #News": hashtags separated by spaces or commas.</summary>
    private static readonly Parser<IEnumerable<string>> Hashtags = Hashtag.SeparatedBy(HashtagSeparator).End();

    private const string RuleMarks = "-*_=~•·";

    /// <summary>For each rule mark, the rest of a rule: two or more of the same mark, spaces allowed between them.</summary>
    private static readonly FrozenDictionary<char, Parser<char>> RuleRests = RuleMarks.ToFrozenDictionary(
        mark => mark,
        mark => (from space in OptionalSpaces from next in Char(mark) select next).AtLeastOnce()
            .Where(rest => rest.Skip(1).Any())
            .Select(_ => mark));

    /// <summary>"---", "* * *", "=====": three or more of one rule character, spaces allowed between them.</summary>
    private static readonly Parser<char> Rule = Char(RuleMarks.Contains, "rule mark").Then(mark => RuleRests[mark]).End();

    private static readonly Parser<string> KeyRest = CharRun(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-', 0, "key");

    /// <summary>"title:", "published_at :": a key and its colon.</summary>
    internal static readonly Parser<string> Key =
        from first in Char(c => char.IsAsciiLetter(c) || c == '_', "key")
        from rest in KeyRest
        from space in OptionalSpaces
        from colon in Colon
        select first + rest;

    /// <summary>True when <paramref name="content"/> is a line of hashtags with at least one letter among them.</summary>
    public static bool IsHashtags(string content) =>
        content.Length <= MaxHashtagLine && content.StartsWith('#') && Value(Hashtags, content) is { } tags && tags.Any(t => t.Any(char.IsLetter));

    /// <summary>True when <paramref name="content"/> is a rule line (a separator, not text).</summary>
    public static bool IsRule(string content) =>
        content.Length is >= 3 and <= TextShape.MaxShortLine && RuleMarks.Contains(content[0], StringComparison.Ordinal) && Value(Rule, content) != default;

    /// <summary>
    /// What <see cref="Key"/> reads, checked by hand before it runs: a letter or underscore, key characters, optional
    /// spaces and a colon, all within the first <see cref="MaxKeyPrefix"/> characters of <paramref name="content"/>.
    /// Every line is checked, and prose has colons ("He said: …") but rarely right after its first word.
    /// </summary>
    internal static bool MayOpenWithKey(ReadOnlySpan<char> content)
    {
        var head = content[..Math.Min(content.Length, MaxKeyPrefix)];
        if (head.IsEmpty || !(char.IsAsciiLetter(head[0]) || head[0] == '_'))
        {
            return false;
        }

        var i = 1;
        while (i < head.Length && (char.IsAsciiLetterOrDigit(head[i]) || head[i] is '_' or '-'))
        {
            i++;
        }

        while (i < head.Length && IsSpace(head[i]))
        {
            i++;
        }

        return i < head.Length && head[i] == ':';
    }

    /// <summary>
    /// Reads <paramref name="content"/> (a line's trimmed text, or its first <see cref="MaxKeyPrefix"/> characters) as
    /// <c>key: value</c>: the key and the offset where the value starts, or null. The colon must be followed by a
    /// space or the end of the line ("http://…" is not a field).
    /// </summary>
    public static FrontMatterField? ReadField(string content)
    {
        // Most lines have no key and colon at their start ("ASEAN said: …"): they are ruled out before the prefix is copied.
        if (!MayOpenWithKey(content))
        {
            return null;
        }

        var head = content.Length > MaxKeyPrefix ? content[..MaxKeyPrefix] : content;
        if (Prefix(Key, head) is not { } key || (key.Length < content.Length && !TextShape.IsInvisible(content[key.Length])))
        {
            return null;
        }

        var valueStart = key.Length;
        while (valueStart < content.Length && TextShape.IsInvisible(content[valueStart]))
        {
            valueStart++;
        }

        return new FrontMatterField(key.Value, valueStart);
    }
}
