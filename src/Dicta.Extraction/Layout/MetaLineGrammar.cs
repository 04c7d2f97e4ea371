using System.Collections.Frozen;
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

    private static readonly Parser<string> Separator =
        from before in OptionalSpaces
        from mark in Dash.Or(Parse.Chars(",|·•/").Once().Text())
        from after in OptionalSpaces
        select mark;

    /// <summary>"Published", "Last updated", "Posted": true for an update label.</summary>
    private static readonly Parser<bool> Label =
        from qualifier in (from word in WordIn(LabelQualifiers, "qualifier") from space in Spaces select word).Maybe()
        from word in WordIn(LabelWords, "label")
        select UpdateWords.Contains(word);

    /// <summary>"Published: date", "Updated on date", "Posted date".</summary>
    private static readonly Parser<MetaLine> LabelledDate =
        from isUpdate in Label
        from colon in (from s in OptionalSpaces from c in Parse.Char(':') select c).Maybe()
        from space in OptionalSpaces
        from onWord in (from word in Keyword("on") from s in Spaces select word).Maybe()
        from date in DateGrammar.Date
        select isUpdate ? new MetaLine(null, date, null, false) : new MetaLine(date, null, null, false);

    private static readonly Parser<MetaLine> PlainDate = DateGrammar.Date.Select(date => new MetaLine(date, null, null, false));

    private static readonly Parser<string> Particle = WordIn(Particles, "particle").Or(Parse.String("&").Text());

    private static readonly Parser<string> NameWord =
        from first in Parse.Upper
        from rest in Parse.Char(c => char.IsLetter(c) || c is '.' or '\'' or '’' or '-', "letter").Many().Text()
        select first + rest;

    /// <summary>"By Jane Doe", "By Jane Doe and John Roe", "BY J. R. DOE".</summary>
    private static readonly Parser<MetaLine> Byline =
        from byWord in Keyword("by")
        from space in Spaces
        from first in NameWord
        from rest in (from s in Spaces from w in NameWord.Or(Particle) select w).Repeat(0, 8)
        where rest.LastOrDefault() is not { } last || char.IsUpper(last[0])
        select new MetaLine(null, null, null, true);

    private static readonly Parser<string> OutletWord =
        (from first in Parse.Char(c => char.IsUpper(c) || char.IsDigit(c), "capital")
         from rest in Parse.Char(c => char.IsLetterOrDigit(c) || c is '.' or '&' or '\'' or '’' or '-', "letter").Many().Text()
         select first + rest)
        .Or(from name in Parse.Char(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-', "domain").AtLeastOnce().Text()
            from dot in Parse.Char('.')
            from tld in Parse.Char(char.IsAsciiLetterLower, "domain").AtLeastOnce().Text()
            select $"{name}.{tld}");

    /// <summary>"Sputnik International", "CNSNews.com", "Voice of America": up to six words.</summary>
    private static readonly Parser<MetaLine> Outlet =
        (from first in OutletWord
         from rest in (from s in Spaces from w in OutletWord.Or(Particle) select w).Repeat(0, 5)
         where rest.LastOrDefault() is not { } last || !Particles.Contains(last)
         select first + string.Concat(rest.Select(w => " " + w)))
        .Select(name => new MetaLine(null, null, name, false));

    private static readonly Parser<MetaLine> Part = LabelledDate.Or(PlainDate).Or(Byline).Or(Outlet);

    /// <summary>A separator, or just spaces before a byline ("Posted on Feb 21, 2023 by Jane Doe").</summary>
    private static readonly Parser<string> PartBreak =
        Separator.Or(from s in Spaces from byWord in Keyword("by").Ahead() select s);

    /// <summary>A whole meta line: parts and separators, with a date or byline among the parts.</summary>
    private static readonly Parser<MetaLine> Line =
        from first in Part
        from rest in (from s in PartBreak from p in Part select p).Repeat(0, 4)
        let parts = rest.Prepend(first).ToList()
        where parts.Any(p => p.Published is not null || p.Updated is not null || p.IsByline)
        select Combine(parts);

    /// <summary>"Published: 3 hours ago": a label and a colon are enough, whatever follows.</summary>
    private static readonly Parser<MetaLine> LabelledAnything =
        from isUpdate in Label
        from space in OptionalSpaces
        from colon in Parse.Char(':')
        from rest in Parse.AnyChar.Many()
        select new MetaLine(null, null, null, false);

    /// <summary>Reads a whole line (its trimmed content) as a meta line; null when it is not one.</summary>
    public static MetaLine? Read(string content)
    {
        // Every date has a four-digit year, every byline the word "by", a labelled line starts with its label: most
        // lines are ruled out before any parsing.
        var labelled = LabelQualifiers.Concat(LabelWords).Any(word => content.StartsWith(word, StringComparison.OrdinalIgnoreCase));
        if (content.Length > 200 || !(HasYear(content) || content.Contains("by ", StringComparison.OrdinalIgnoreCase) || labelled))
        {
            return null;
        }

        return Whole(Line, content)
            ?? (labelled && TextShape.CountWords(content) <= BoilerplateCues.ShortLineWords ? Whole(LabelledAnything, content) : null);
    }

    /// <summary>True when the text has a run of exactly four ASCII digits: every date form has one, as its year.</summary>
    private static bool HasYear(string text)
    {
        var run = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                run++;
            }
            else if (run == 4)
            {
                return true;
            }
            else
            {
                run = 0;
            }
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
        for (var i = Math.Max(1, content.Length - GluedWindow); i < content.Length; i++)
        {
            if (!TextShape.IsInvisible(content[i - 1]) || !char.IsLetterOrDigit(content[i]))
            {
                continue;
            }

            if (Whole(Line, content[i..]) is { IsByline: false } meta && (meta.Published ?? meta.Updated) is not null
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
