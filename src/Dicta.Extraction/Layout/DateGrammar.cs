using System.Collections.Frozen;
using System.Globalization;
using Sprache;
using static Dicta.Extraction.Layout.CharParsers;

namespace Dicta.Extraction.Layout;

/// <summary>
/// The dates and times articles print, as a Sprache grammar (see <c>grammar/article.ebnf</c>, "dates"):
/// ISO 8601 ("2023-02-21T17:12+0000", "2023-02-21 17:12:00 +00:00"), day.month.year ("21.02.2023"), and dates with
/// month names ("Feb 21, 2023", "Tuesday, 21 February 2023 5:12 PM GMT"). A date without a time is midnight UTC;
/// a time without a zone, or with a zone the table does not know, is read as UTC.
/// </summary>
internal static class DateGrammar
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Zone abbreviations that are unambiguous enough to read, in minutes east of UTC.</summary>
    private static readonly FrozenDictionary<string, int> Zones = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["BST"] = 60, ["CET"] = 60, ["CEST"] = 120, ["EET"] = 120, ["EEST"] = 180,
        ["MSK"] = 180, ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300, ["MST"] = -420, ["MDT"] = -360,
        ["PST"] = -480, ["PDT"] = -420,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Weekdays = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "monday", "mon", "tuesday", "tues", "tue", "wednesday", "wed", "thursday", "thurs", "thu", "friday", "fri", "saturday", "sat", "sunday", "sun");

    private static readonly FrozenSet<string> Ordinals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "st", "nd", "rd", "th");

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinalLookup = Ordinals.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The words a date may be written with, as runs of letters in any case: month and weekday names, "at", and the
    /// meridiem ("pm", the "p" of "p.m."). Zone names are capitals, ordinal suffixes follow digits.
    /// </summary>
    public static IEnumerable<string> Words => [.. Months.Keys, .. Weekdays, "at", "am", "pm", "a", "p"];

    // Sprache runs the expression after each "from … in" (but the first) anew on every parse: sub-parsers are
    // fields, built once, so that parsing only reads.
    private static readonly Parser<IEnumerable<char>> OptionalDot = Char('.').Maybe();
    private static readonly Parser<IEnumerable<char>> OptionalComma = Char(',').Maybe();
    private static readonly Parser<int> TwoDigits = Digits(2);

    /// <summary>A month name or abbreviation, with an optional full stop after it.</summary>
    public static readonly Parser<int> MonthName =
        from name in WordIn(Months.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase), "month")
        from dot in OptionalDot
        select Months[name];

    private static readonly Parser<IEnumerable<string>> OptionalOrdinal = WordIn(Ordinals, "ordinal").Maybe();

    /// <summary>A day of the month, optionally with an ordinal suffix ("21st").</summary>
    public static readonly Parser<int> Day =
        from day in Number(1, 2)
        from suffix in OptionalOrdinal
        select day;

    /// <summary>A four-digit year.</summary>
    public static readonly Parser<int> Year = Number(4, 4);

    /// <summary>"Feb 21" or "21 February": a day and month without a year, as datelines write them.</summary>
    public static readonly Parser<(int Month, int Day)> MonthAndDay =
        (from month in MonthName from space in Spaces from day in Day select (month, day))
        .Or(from day in Day from space in Spaces from month in MonthName select (month, day));

    private static readonly Parser<IEnumerable<char>> OptionalColon = Colon.Maybe();
    private static readonly Parser<IEnumerable<int>> OptionalMinutes = TwoDigits.Maybe();

    private static readonly Parser<int> Offset =
        from sign in Char(c => c is '+' or '-' or '\u2212', "sign")
        from hours in TwoDigits
        from colon in OptionalColon
        from minutes in OptionalMinutes
        select (sign == '+' ? 1 : -1) * ((hours * 60) + minutes.FirstOrDefault());

    private static readonly Parser<string> ZoneName = CharRun(char.IsAsciiLetterUpper, 1, "zone", max: 5);
    private static readonly Parser<IEnumerable<int>> OptionalOffset = Offset.Maybe();

    /// <summary>A zone: "Z", a numeric offset, or an abbreviation; null for an abbreviation the table does not know.</summary>
    private static readonly Parser<int?> Zone =
        (from space in OptionalSpaces from offset in Offset select (int?)offset)
            .Or(from space in OptionalSpaces
                from name in ZoneName
                from end in WordEnd
                from offset in OptionalOffset
                select Zones.TryGetValue(name, out var minutes) ? minutes + offset.FirstOrDefault() : (int?)null);

    private static readonly Parser<string> FractionDigits = CharRun(char.IsAsciiDigit, 1, "digit");

    private static readonly Parser<int> Fraction =
        from dot in Char(c => c is '.' or ',', "fraction")
        from digits in FractionDigits
        select int.Parse(digits[..Math.Min(digits.Length, 7)].PadRight(7, '0'), CultureInfo.InvariantCulture);

    private static readonly Parser<string> MeridiemWord = AnyKeyword(["a.m.", "p.m.", "am", "pm"]);

    private static readonly Parser<string> Meridiem =
        from space in OptionalSpaces
        from text in MeridiemWord
        select text;

    private static readonly Parser<IEnumerable<int>> OptionalSeconds = (from c in Colon from s in TwoDigits select s).Maybe();
    private static readonly Parser<IEnumerable<int>> OptionalFraction = Fraction.Maybe();
    private static readonly Parser<IEnumerable<string>> OptionalMeridiem = Meridiem.Maybe();
    private static readonly Parser<IEnumerable<int?>> OptionalZone = Zone.Maybe();

    /// <summary>A time of day: "17:12", "17:12:05.123", "5:12 PM", with an optional zone.</summary>
    private static readonly Parser<TimeOfDay> Time =
        from hour in Number(1, 2)
        from colon in Colon
        from minute in TwoDigits
        from second in OptionalSeconds
        from fraction in OptionalFraction
        from meridiem in OptionalMeridiem
        from zone in OptionalZone
        select new TimeOfDay(
            ToTwentyFourHours(hour, meridiem.FirstOrDefault()),
            minute,
            second.FirstOrDefault(),
            fraction.FirstOrDefault(),
            zone.FirstOrDefault() ?? 0,
            ZoneKnown: !zone.Any() || zone.First() is not null);

    private static readonly Parser<char> Hyphen = Char('-');
    private static readonly Parser<IEnumerable<TimeOfDay>> OptionalIsoTime =
        (from separator in Char(c => c is 'T' or 't' or ' ', "T") from t in Time select t).Maybe();

    /// <summary>"2023-02-21", then optionally "T" or a space and a time.</summary>
    private static readonly Parser<ParsedDate?> Iso =
        from year in Year
        from dash1 in Hyphen
        from month in TwoDigits
        from dash2 in Hyphen
        from day in TwoDigits
        from time in OptionalIsoTime
        select Make(year, month, day, time.Cast<TimeOfDay?>().FirstOrDefault());

    private static readonly Parser<IEnumerable<string>> OptionalAtOrDash =
        (from word in Keyword("at") from s in Spaces select word).Or(from dash in Dash from s in Spaces select dash).Maybe();

    /// <summary>A time after a written date: ", 17:12", " at 5:12 pm", " - 17:12 GMT".</summary>
    private static readonly Parser<TimeOfDay> TrailingTime =
        from comma in Char(',').Or(Char('|')).Maybe()
        from space in Spaces
        from at in OptionalAtOrDash
        from time in Time
        select time;

    private static readonly Parser<char> Dot = Char('.');
    private static readonly Parser<int> OneOrTwoDigits = Number(1, 2);
    private static readonly Parser<IEnumerable<TimeOfDay>> OptionalTrailingTime = TrailingTime.Maybe();

    /// <summary>"21.02.2023", optionally with a time.</summary>
    private static readonly Parser<ParsedDate?> Dotted =
        from day in OneOrTwoDigits
        from dot1 in Dot
        from month in OneOrTwoDigits
        from dot2 in Dot
        from year in Year
        from time in OptionalTrailingTime
        select Make(year, month, day, time.Cast<TimeOfDay?>().FirstOrDefault());

    private static readonly Parser<string> Weekday =
        from name in WordIn(Weekdays, "weekday")
        from dot in OptionalDot
        from comma in OptionalComma
        from space in Spaces
        select name;

    private static readonly Parser<IEnumerable<string>> OptionalWeekday = Weekday.Maybe();

    private static readonly Parser<(int Year, int Month, int Day)> WrittenDay =
        (from month in MonthName from s1 in Spaces from day in Day from comma in OptionalComma from s2 in Spaces from year in Year select (year, month, day))
        .Or(from day in Day from s1 in Spaces from month in MonthName from comma in OptionalComma from s2 in Spaces from year in Year select (year, month, day));

    /// <summary>"Feb 21, 2023", "February 21 2023", "21 February 2023", "21st Feb. 2023", optionally after a weekday and with a time.</summary>
    private static readonly Parser<ParsedDate?> Written =
        from weekday in OptionalWeekday
        from date in WrittenDay
        from time in OptionalTrailingTime
        select Make(date.Year, date.Month, date.Day, time.Cast<TimeOfDay?>().FirstOrDefault());

    /// <summary>Any date form this grammar reads; fails on impossible dates (February 30, hour 25).</summary>
    public static readonly Parser<ParsedDate> Date = Iso.Or(Dotted).Or(Written).NotNull("a valid date");

    private static readonly Parser<ParsedDate> WholeDate =
        (from leading in OptionalSpaces from date in Date from trailing in OptionalSpaces select date).End();

    /// <summary>Reads a whole string as a date: front matter values.</summary>
    public static ParsedDate? ReadWhole(string text)
    {
        var result = WholeDate(new TextInput(text));
        return result.WasSuccessful ? result.Value : null;
    }

    /// <summary>
    /// The start of the last year in <paramref name="text"/> that stands where a date's year can: a run of exactly
    /// four ASCII digits before a hyphen ("2023-02-21"), after a full stop ("21.02.2023"), or after a day or a month
    /// name and spaces ("Feb 21, 2023", "21 February 2023"). Every date has one; -1 when the text has none, and so
    /// holds no date. A scan that spares the parser the lines that only hold a number ("World Cup 2022").
    /// </summary>
    public static int LastYear(ReadOnlySpan<char> text)
    {
        var last = -1;
        for (var start = text.IndexOfAny(TextShape.AsciiDigits); start >= 0;)
        {
            var run = text[start..].IndexOfAnyExcept(TextShape.AsciiDigits);
            var end = run < 0 ? text.Length : start + run;
            if (end - start == 4 && StandsAsYear(text, start))
            {
                last = start;
            }

            var next = run < 0 ? -1 : text[end..].IndexOfAny(TextShape.AsciiDigits);
            start = next < 0 ? -1 : end + next;
        }

        return last;
    }

    private static bool StandsAsYear(ReadOnlySpan<char> text, int start)
    {
        if ((start + 4 < text.Length && text[start + 4] == '-') || (start > 0 && text[start - 1] == '.'))
        {
            return true;
        }

        var i = start - 1;
        if (i < 0 || !IsSpace(text[i]))
        {
            return false;
        }

        while (i >= 0 && IsSpace(text[i]))
        {
            i--;
        }

        if (i >= 0 && text[i] == ',')
        {
            i--;
        }

        if (i >= 0 && char.IsAsciiDigit(text[i]))
        {
            return true;
        }

        if (i >= 0 && text[i] == '.')
        {
            i--;
        }

        var wordEnd = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        var word = text[(i + 1)..wordEnd];
        return !word.IsEmpty && (MonthLookup.ContainsKey(word) || OrdinalLookup.Contains(word));
    }

    /// <summary>A date from its parts, or null when the parts make no date (month 13, February 30, hour 24).</summary>
    public static ParsedDate? Make(int year, int month, int day, TimeOfDay? time)
    {
        // Years are bounded so that no offset can carry the instant outside what DateTimeOffset holds.
        if (year is < 1000 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        if (time is not { } t)
        {
            return new ParsedDate(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), HasTime: false);
        }

        if (t.Hour > 23 || t.Minute > 59 || t.Second > 59 || Math.Abs(t.OffsetMinutes) > 14 * 60)
        {
            return null;
        }

        if (!t.ZoneKnown)
        {
            return new ParsedDate(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), HasTime: false);
        }

        var value = new DateTimeOffset(year, month, day, t.Hour, t.Minute, t.Second, TimeSpan.FromMinutes(t.OffsetMinutes)).AddTicks(t.Ticks);
        return new ParsedDate(value, HasTime: true);
    }

    private static int ToTwentyFourHours(int hour, string? meridiem)
    {
        if (meridiem is null)
        {
            return hour;
        }

        var pm = meridiem.StartsWith('p') || meridiem.StartsWith('P');
        return hour > 12 ? 99 : (hour % 12) + (pm ? 12 : 0);
    }
}
