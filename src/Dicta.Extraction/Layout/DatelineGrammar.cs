using System.Buffers;
using System.Collections.Frozen;
using Dicta.Model.Text;
using Sprache;
using static Dicta.Extraction.Layout.CharParsers;

namespace Dicta.Extraction.Layout;

/// <summary>
/// Datelines that open a story, as a Sprache grammar (see <c>grammar/article.ebnf</c>, "dateline"):
/// "SAMARKAND, UZBEKISTAN:", "WASHINGTON —", "MOSCOW (Reuters) -", "KYIV, Ukraine (AP) —",
/// "BEIJING, Dec. 15 (Xinhua) --", "(CNSNews.com) –". Without an outlet in brackets the place must be in
/// capitals, which is what tells "WASHINGTON —" from an ordinary sentence.
/// </summary>
internal static class DatelineGrammar
{
    /// <summary>Datelines are short; only this much of a line is read.</summary>
    private const int MaxLength = 160;

    /// <summary>The marks a dateline's separator is written with: a colon or a dash.</summary>
    private static readonly SearchValues<char> SeparatorMarks = SearchValues.Create(":-\u2012\u2013\u2014\u2015");

    /// <summary>Capitalised labels that open a paragraph the way a place does, but are not places.</summary>
    private static readonly FrozenSet<string> Kickers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "PHOTO", "OPINION", "ANALYSIS",
        "EDITORIAL", "LIVE", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "COMMENTARY", "INTERVIEW", "REPORT", "FACT CHECK", "Q&A",
        "READ", "LISTEN", "CORRECTION", "CLARIFICATION", "ADVERTISEMENT", "SPONSORED", "WARNING", "ALERT", "NEWS", "FEATURE",
        "REVIEW", "EXPLAINER", "PODCAST", "GALLERY", "SOURCE", "SOURCES", "FACT", "FACTBOX", "TIMELINE", "QUOTE", "SUMMARY");

    // Sub-parsers are fields, built once: Sprache runs the expression after each "from … in" (but the first) anew on
    // every parse.
    private static readonly Parser<string> CapsRest = CharRun(c => char.IsUpper(c) || c is '.' or '\'' or '’' or '-' or '&', 0, "capital");
    private static readonly Parser<bool> NoLetter = NotAhead(char.IsLetter, "end of word");

    /// <summary>A word in capitals, not the capital that starts a longer word ("U" of "Ukraine").</summary>
    private static readonly Parser<string> CapsWord =
        from first in Upper
        from rest in CapsRest
        from end in NoLetter
        select first + rest;

    private static readonly Parser<string> NameRest = CharRun(c => char.IsLetter(c) || c is '.' or '\'' or '’' or '-', 0, "letter");

    private static readonly Parser<string> NameWord =
        from first in Upper
        from rest in NameRest
        select first + rest;

    private static readonly Parser<string> SingleSpace = Char(c => c is ' ' or '\u00A0', "space").Select(c => c.ToString());

    /// <summary>Words in capitals: "SAMARKAND", "NEW YORK", "WASHINGTON D.C.".</summary>
    private static readonly Parser<string> CapsPart = CapsWord.SeparatedBy(SingleSpace, 1, 5).Select(words => string.Join(' ', words));

    /// <summary>Capitalised words: "Ukraine", "New Delhi".</summary>
    private static readonly Parser<string> NamePart = NameWord.SeparatedBy(SingleSpace, 1, 4).Select(words => string.Join(' ', words));

    private static readonly Parser<char> Comma = from c in Char(',') from s in Spaces select c;

    private static readonly Parser<IEnumerable<int>> OptionalYear =
        (from c in Char(',').Maybe() from s in Spaces from y in DateGrammar.Year select y).Maybe();

    /// <summary>", Dec. 15" or ", 15 December 2023": the date some datelines carry.</summary>
    private static readonly Parser<ParsedDate?> DatePart =
        from comma in Comma
        from monthDay in DateGrammar.MonthAndDay
        from year in OptionalYear
        select year.Any() ? DateGrammar.Make(year.First(), monthDay.Month, monthDay.Day, null) : null;

    private static readonly Parser<bool> NoMonthAndDay = DateGrammar.MonthAndDay.NotAhead("not a date");
    private static readonly Parser<string> CapsOrNamePart = CapsPart.Or(NamePart);

    /// <summary>More of the place after a comma ("…, UZBEKISTAN", "…, Ukraine"), but not a date.</summary>
    private static readonly Parser<string> MorePlace =
        from comma in Comma
        from notDate in NoMonthAndDay
        from part in CapsOrNamePart
        select part;

    private static readonly Parser<string> OutletName =
        CharRun(c => char.IsLetterOrDigit(c) || c is '.' or '&' or '\'' or '’' or '-' or ' ', 1, "outlet", max: 40);

    private static readonly Parser<char> CloseBracket = Char(')');

    /// <summary>"(Reuters)", "(CNSNews.com)": up to four words, starting with a capital or digit, two letters or more ("(R)" is a caption).</summary>
    private static readonly Parser<string> OutletTag =
        from open in Char('(')
        from name in OutletName
        from close in CloseBracket
        where (char.IsUpper(name[0]) || char.IsDigit(name[0])) && name.Count(char.IsLetter) >= 2 && TextShape.CountWords(name) <= 4
        select name.Trim();

    private static readonly Parser<string> SeparatorMark = Colon.Select(c => c.ToString()).Or(Dash);

    private static readonly Parser<string> Separator =
        from before in OptionalSpaces
        from mark in SeparatorMark
        from after in Spaces
        select mark;

    private static readonly Parser<IEnumerable<string>> MorePlaces = MorePlace.Many();
    private static readonly Parser<IEnumerable<ParsedDate?>> OptionalDatePart = DatePart.Maybe();
    private static readonly Parser<string> SpacedOutletTag = from s in OptionalSpaces from tag in OutletTag select tag;

    private static Parser<(string? Place, string? Outlet, ParsedDate? Date)> Placed(Parser<string> head, bool outletRequired)
    {
        var outlets = SpacedOutletTag.Repeat(outletRequired ? 1 : 0, 1);
        return from first in head
               from more in MorePlaces
               from date in OptionalDatePart
               from outlet in outlets
               from separator in Separator
               select ((string?)(first + string.Concat(more.Select(m => ", " + m))), outlet.FirstOrDefault(), date.FirstOrDefault());
    }

    private static readonly Parser<(string? Place, string? Outlet, ParsedDate? Date)> OutletOnly =
        from tag in OutletTag
        from separator in Separator
        select ((string?)null, (string?)tag, (ParsedDate?)null);

    /// <summary>With an outlet in brackets the place may be in any case; without one it must be in capitals.</summary>
    internal static readonly Parser<(string? Place, string? Outlet, ParsedDate? Date)> Dateline =
        Placed(NamePart, outletRequired: true).Or(Placed(CapsPart, outletRequired: false)).Or(OutletOnly);

    /// <summary>The dateline that opens <paramref name="line"/>, or null; a long line is read no further than a dateline can reach.</summary>
    public static DatelineMatch? Match(SourceText text, ArticleLine line) =>
        line.ShortText is { } content ? Match(content)
        : MayOpenWithDateline(text.AsSpan(new TextSpan(line.Content.Start, MaxLength))) ? Match(text.ToString(new TextSpan(line.Content.Start, MaxLength + 1)))
        : null;

    /// <summary>The dateline that opens <paramref name="content"/> (a line's trimmed text), or null when there is none.</summary>
    public static DatelineMatch? Match(string content)
    {
        var head = content.Length > MaxLength ? content[..MaxLength] : content;
        if (!MayOpenWithDateline(head) || Prefix(Dateline, head) is not { } found || found.Length >= content.Length)
        {
            return null;
        }

        var ((place, outlet, date), length) = found;
        return place is not null && outlet is null && !IsPlaceInCapitals(place) ? null : new DatelineMatch(place, outlet, date, length);
    }

    /// <summary>
    /// What every dateline has, checked before parsing <paramref name="head"/> (at most <see cref="MaxLength"/>
    /// characters): it starts with a capital or an outlet's bracket; it has an outlet's bracket or starts with a word
    /// in capitals (a place in any case needs the outlet); and a colon or dash followed by a space ends it. Most
    /// paragraphs ("The president said…") fail this at a glance. It only rules out what <see cref="Dateline"/> cannot
    /// match.
    /// </summary>
    internal static bool MayOpenWithDateline(ReadOnlySpan<char> head)
    {
        if (head.Length == 0 || !(char.IsUpper(head[0]) || head[0] == '(') || !(StartsWithCapsWord(head) || head.Contains('(')))
        {
            return false;
        }

        for (var i = head.IndexOfAny(SeparatorMarks); i >= 0 && i + 1 < head.Length; i++)
        {
            if (SeparatorMarks.Contains(head[i]) && char.IsWhiteSpace(head[i + 1]) && !SourceText.IsLineBreak(head[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text opens with what <see cref="CapsWord"/> reads: a capital, more capitals or marks, then no letter.</summary>
    private static bool StartsWithCapsWord(ReadOnlySpan<char> text)
    {
        var end = 1;
        while (end < text.Length && (char.IsUpper(text[end]) || text[end] is '.' or '\'' or '’' or '-' or '&'))
        {
            end++;
        }

        return end == text.Length || !char.IsLetter(text[end]);
    }

    /// <summary>Without an outlet the first part must be capitals, with three letters or more, and not a kicker ("BREAKING:").</summary>
    private static bool IsPlaceInCapitals(string place)
    {
        var first = place.Split(',')[0];
        return first.Count(char.IsLetter) >= 3 && !first.Any(char.IsLower) && !Kickers.Contains(first);
    }
}
