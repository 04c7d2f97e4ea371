using System.Runtime.CompilerServices;
using System.Buffers;
using System.Collections.Frozen;
using Dicta.Model.Text;
using Sprache;
using static Dicta.Extraction.Layout.CharParsers;

namespace Dicta.Extraction.Layout;

/// <summary>
/// Publisher, timestamp and byline lines, as a Sprache grammar (see <c>grammar/article.ebnf</c>, "meta-line"):
/// parts (a date, a labelled date, a byline, an outlet name) joined by separators, with at least one date or byline.
/// "21.02.2023, Sputnik International", "2023-02-21T17:12+0000", "Published: Feb 21, 2023 | Updated: Feb 22, 2023",
/// "By Jane Doe and John Roe". Also finds such a line glued to the end of a standfirst.
/// </summary>
internal static class MetaLineGrammar
{
    /// <summary>How far from the end of a line a glued publisher line may start.</summary>
    private const int GluedWindow = 120;

    /// <summary>The words that label a date; the update ones say the date is not the publication date.</summary>
    private static readonly FrozenSet<string> LabelWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "published", "posted", "dated", "date", "updated", "modified");

    private static readonly FrozenSet<string> UpdateWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "updated", "modified");

    /// <summary>Words that may come before a label word: "Last updated", "First published".</summary>
    private static readonly FrozenSet<string> LabelQualifiers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "last", "first", "originally");

    /// <summary>Lower-case words that may stand inside an outlet's or a person's name.</summary>
    private static readonly FrozenSet<string> Particles = FrozenSet.Create(
        StringComparer.Ordinal, "of", "the", "and", "for", "de", "del", "der", "la", "le", "al", "van", "von", "bin", "da", "di", "du");

    /// <summary>
    /// The words a part of a meta line may start a word with in lower case (any case here): particles, "by", "on",
    /// labels and the words of dates. Any other lower-case word ("said") rules a line out before it is parsed.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseWords =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, [.. Particles, "by", "on", .. LabelWords, .. LabelQualifiers, .. DateGrammar.Words])
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The characters besides letters, digits and spaces that meta lines are written with.</summary>
    private static readonly SearchValues<char> Punctuation = SearchValues.Create("-‒–—―,|·•/.:+−&'’");

    /// <summary>The separator marks after which a word starts (the hyphen may join the parts of a name instead).</summary>
    private static readonly SearchValues<char> WordBreaks = SearchValues.Create("‒–—―,|·•/");

    /// <summary>The word every byline starts with.</summary>
    private static readonly SearchValues<string> By = SearchValues.Create(["by"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The labels a labelled line starts with, qualified or not.</summary>
    private static readonly string[] LabelStarts = [.. LabelQualifiers, .. LabelWords];

    /// <summary>The first letters of <see cref="LabelStarts"/>, in both cases: most lines start with none of them.</summary>
    private static readonly SearchValues<char> LabelInitials = SearchValues.Create(
        [.. LabelStarts.SelectMany(label => new[] { char.ToLowerInvariant(label[0]), char.ToUpperInvariant(label[0]) }).Distinct()]);

    // Sub-parsers are fields, built once: Sprache runs the expression after each "from … in" (but the first) anew on
    // every parse.
    private static readonly Parser<string> SeparatorMark = Dash.Or(Char(c => c is ',' or '|' or '·' or '•' or '/', "separator").Select(c => c.ToString()));

    private static readonly Parser<string> Separator =
        from before in OptionalSpaces
        from mark in SeparatorMark
        from after in OptionalSpaces
        select mark;

    private static readonly Parser<string> LabelWord = WordIn(LabelWords, "label");

    /// <summary>"Published", "Last updated", "Posted": true for an update label.</summary>
    private static readonly Parser<bool> Label =
        from qualifier in (from word in WordIn(LabelQualifiers, "qualifier") from space in Spaces select word).Maybe()
        from word in LabelWord
        select UpdateWords.Contains(word);

    private static readonly Parser<IEnumerable<char>> OptionalColon = (from s in OptionalSpaces from c in Colon select c).Maybe();
    private static readonly Parser<IEnumerable<string>> OptionalOn = (from word in Keyword("on") from s in Spaces select word).Maybe();

    /// <summary>"Published: date", "Updated on date", "Posted date".</summary>
    private static readonly Parser<MetaLine> LabelledDate =
        from isUpdate in Label
        from colon in OptionalColon
        from space in OptionalSpaces
        from onWord in OptionalOn
        from date in DateGrammar.Date
        select isUpdate ? new MetaLine(null, date, null, false) : new MetaLine(date, null, null, false);

    private static readonly Parser<MetaLine> PlainDate = DateGrammar.Date.Select(date => new MetaLine(date, null, null, false));

    private static readonly Parser<string> Particle = WordIn(Particles, "particle").Or(Literal("&"));

    private static readonly Parser<string> NameRest = CharRun(c => char.IsLetter(c) || c is '.' or '\'' or '’' or '-', 0, "letter");

    private static readonly Parser<string> NameWord =
        from first in Upper
        from rest in NameRest
        select first + rest;

    private static readonly Parser<string> NameWordOrParticle = NameWord.Or(Particle);

    private static readonly Parser<IEnumerable<string>> MoreNames = (from s in Spaces from w in NameWordOrParticle select w).Repeat(0, 8);

    /// <summary>"By Jane Doe", "By Jane Doe and John Roe", "BY J. R. DOE".</summary>
    private static readonly Parser<MetaLine> Byline =
        from byWord in Keyword("by")
        from space in Spaces
        from first in NameWord
        from rest in MoreNames
        where rest.LastOrDefault() is not { } last || char.IsUpper(last[0])
        select new MetaLine(null, null, null, true);

    private static readonly Parser<string> OutletRest =
        CharRun(c => char.IsLetterOrDigit(c) || c is '.' or '&' or '\'' or '’' or '-', 0, "letter");

    private static readonly Parser<char> DomainDot = Char('.');
    private static readonly Parser<string> TopLevelDomain = CharRun(char.IsAsciiLetterLower, 1, "domain");

    private static readonly Parser<string> OutletWord =
        (from first in Char(c => char.IsUpper(c) || char.IsDigit(c), "capital")
         from rest in OutletRest
         select first + rest)
        .Or(from name in CharRun(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-', 1, "domain")
            from dot in DomainDot
            from tld in TopLevelDomain
            select $"{name}.{tld}");

    private static readonly Parser<string> OutletWordOrParticle = OutletWord.Or(Particle);

    private static readonly Parser<IEnumerable<string>> MoreOutletWords = (from s in Spaces from w in OutletWordOrParticle select w).Repeat(0, 5);

    /// <summary>"Sputnik International", "CNSNews.com", "Voice of America": up to six words.</summary>
    private static readonly Parser<MetaLine> Outlet =
        (from first in OutletWord
         from rest in MoreOutletWords
         where rest.LastOrDefault() is not { } last || !Particles.Contains(last)
         select first + string.Concat(rest.Select(w => " " + w)))
        .Select(name => new MetaLine(null, null, name, false));

    private static readonly Parser<MetaLine> Part = LabelledDate.Or(PlainDate).Or(Byline).Or(Outlet);

    private static readonly Parser<string> ByAhead = Keyword("by").Ahead();

    /// <summary>A separator, or just spaces before a byline ("Posted on Feb 21, 2023 by Jane Doe").</summary>
    private static readonly Parser<string> PartBreak =
        Separator.Or(from s in Spaces from byWord in ByAhead select s);

    private static readonly Parser<IEnumerable<MetaLine>> MoreParts = (from s in PartBreak from p in Part select p).Repeat(0, 4);

    /// <summary>A whole meta line: parts and separators, with a date or byline among the parts.</summary>
    private static readonly Parser<MetaLine> Line =
        from first in Part
        from rest in MoreParts
        let parts = rest.Prepend(first).ToList()
        where parts.Any(p => p.Published is not null || p.Updated is not null || p.IsByline)
        select Combine(parts);

    private static readonly Parser<MetaLine> WholeLine = Line.End();

    private static readonly Parser<string> AnyText = CharRun(_ => true, 0, "any character");

    /// <summary>"Published: 3 hours ago": a label and a colon are enough, whatever follows.</summary>
    private static readonly Parser<MetaLine> LabelledAnything =
        (from isUpdate in Label
         from space in OptionalSpaces
         from colon in Colon
         from rest in AnyText
         select new MetaLine(null, null, null, false))
        .End();

    /// <summary>Reads a whole line (its trimmed content) as a meta line; null when it is not one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MetaLine? Read(string content)
    {
        // Every date has a four-digit year, every byline the word "by", a labelled line starts with its label: most
        // lines are ruled out before any parsing. Only a labelled line may be read without being a meta line through
        // and through ("Published: 3 hours ago"); a whole meta line has nothing a meta line cannot have, and a date or
        // a byline.
        if (content.Length > 200)
        {
            return null;
        }

        var labelled = StartsWithLabel(content);
        var whole = (DateGrammar.LastYear(content) >= 0 || HasByWord(content)) && Obstacle(content, last: false) < 0;
        if (!(whole || labelled) || !(HasYear(content) || content.Contains("by ", StringComparison.OrdinalIgnoreCase) || labelled))
        {
            return null;
        }

        return (whole ? Value(WholeLine, content) : null)
            ?? (labelled && TextShape.CountWords(content) <= BoilerplateCues.ShortLineWords ? Value(LabelledAnything, content) : null);
    }

    private static bool StartsWithLabel(string content)
    {
        if (content.Length == 0 || (char.IsAscii(content[0]) && !LabelInitials.Contains(content[0])))
        {
            return false;
        }

        // An ASCII first character can only start, ignoring case, the labels that start with it in lower case.
        var first = char.IsAscii(content[0]) ? char.ToLowerInvariant(content[0]) : (char?)null;
        foreach (var label in LabelStarts)
        {
            if ((first is null || label[0] == first) && content.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first (or <paramref name="last"/>) position in <paramref name="text"/> that no meta line reaches past: a
    /// character no part is written with (a quotation mark, a bracket, "?"), or the start of a word in lower case that
    /// no part starts a word with ("said"). A meta line can only start after the last one; -1 when there is none, and
    /// the whole text may be one. A cheap scan that spares the parser nearly every line of prose.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Obstacle(ReadOnlySpan<char> text, bool last)
    {
        var found = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    i++;
                }

                if (!char.IsUpper(c) && (start == 0 || char.IsWhiteSpace(text[start - 1]) || WordBreaks.Contains(text[start - 1]))
                    && !LowerCaseWords.Contains(text[start..(i + 1)]) && !IsDomainStart(text[start..]))
                {
                    found = start;
                }
            }
            else if (!char.IsDigit(c) && !Punctuation.Contains(c) && !(char.IsWhiteSpace(c) && !SourceText.IsLineBreak(c)))
            {
                found = i;
            }

            if (found >= 0 && !last)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>True when a full stop comes before the next space: "aljazeera.com".</summary>
    private static bool IsDomainStart(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c == '.')
            {
                return true;
            }

            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when the word "by" stands before a space somewhere: every byline starts so.</summary>
    private static bool HasByWord(ReadOnlySpan<char> text)
    {
        // Only the places of a "by" are looked at, found by a vectorized search (which may also stop at letters that
        // equal 'b' or 'y' ignoring case, hence the check).
        var offset = 0;
        while (text[offset..].IndexOfAny(By) is var found and >= 0)
        {
            var b = offset + found;
            if (b + 2 < text.Length && text[b] is 'b' or 'B' && text[b + 1] is 'y' or 'Y' && IsSpace(text[b + 2]))
            {
                return true;
            }

            offset = b + 1;
        }

        return false;
    }

    /// <summary>True when the text has a run of exactly four ASCII digits: every date form has one, as its year.</summary>
    private static bool HasYear(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny(TextShape.AsciiDigits); i >= 0;)
        {
            var run = text[i..].IndexOfAnyExcept(TextShape.AsciiDigits);
            if (run < 0)
            {
                return text.Length - i == 4;
            }

            if (run == 4)
            {
                return true;
            }

            i += run;
            var next = text[i..].IndexOfAny(TextShape.AsciiDigits);
            i = next < 0 ? -1 : i + next;
        }

        return false;
    }

    /// <summary>
    /// Finds a dated publisher line glued to the end of a longer line ("…into a... 21.02.2023, Sputnik International"):
    /// the offset in <paramref name="content"/> where it starts, and what it says. The longest such tail wins; at
    /// least three words must come before it.
    /// </summary>
    public static (int Offset, MetaLine Meta)? FindGlued(string content)
    {
        // A dated line holds a year and nothing a meta line cannot: only starts between the two are worth parsing.
        var first = Math.Max(Math.Max(1, content.Length - GluedWindow), Obstacle(content, last: true) + 1);
        var last = DateGrammar.LastYear(content);
        for (var i = first; i <= last; i++)
        {
            if (!TextShape.IsInvisible(content[i - 1]) || !char.IsLetterOrDigit(content[i]))
            {
                continue;
            }

            if (Value(WholeLine, content[i..]) is { IsByline: false } meta && (meta.Published ?? meta.Updated) is not null
                && TextShape.CountWords(content.AsSpan(0, i)) >= 3)
            {
                return (i, meta);
            }
        }

        return null;
    }

    private static MetaLine Combine(List<MetaLine> parts)
    {
        var byline = parts.Any(p => p.IsByline);
        return new MetaLine(
            parts.Select(p => p.Published).FirstOrDefault(d => d is not null),
            parts.Select(p => p.Updated).FirstOrDefault(d => d is not null),
            byline ? null : parts.Select(p => p.Outlet).FirstOrDefault(o => o is not null),
            byline);
    }
}
