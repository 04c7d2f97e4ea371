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

    /// <summary>A month name or abbreviation, with an optional full stop after it.</summary>
    public static readonly Parser<int> MonthName =
        from name in WordIn(Months.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase), "month")
        from dot in Parse.Char('.').Maybe()
        select Months[name];

    /// <summary>A day of the month, optionally with an ordinal suffix ("21st").</summary>
    public static readonly Parser<int> Day =
        from day in Number(1, 2)
        from suffix in WordIn(Ordinals, "ordinal").Maybe()
        select day;

    /// <summary>A four-digit year.</summary>
    public static readonly Parser<int> Year = Number(4, 4);

    /// <summary>"Feb 21" or "21 February": a day and month without a year, as datelines write them.</summary>
    public static readonly Parser<(int Month, int Day)> MonthAndDay =
        (from month in MonthName from space in Spaces from day in Day select (month, day))
        .Or(from day in Day from space in Spaces from month in MonthName select (month, day));

    private static readonly Parser<int> Offset =
        from sign in Parse.Char(c => c is '+' or '-' or '\u2212', "sign")
        from hours in Digits(2)
        from colon in Parse.Char(':').Maybe()
        from minutes in Digits(2).Maybe()
        select (sign == '+' ? 1 : -1) * ((hours * 60) + minutes.FirstOrDefault());

    /// <summary>A zone: "Z", a numeric offset, or an abbreviation; null for an abbreviation the table does not know.</summary>
    private static readonly Parser<int?> Zone =
        (from space in OptionalSpaces from offset in Offset select (int?)offset)
            .Or(from space in OptionalSpaces
                from name in Parse.Char(char.IsAsciiLetterUpper, "zone").Repeat(1, 5).Text()
                from end in Parse.LetterOrDigit.Not()
                from offset in Offset.Maybe()
                select Zones.TryGetValue(name, out var minutes) ? minutes + offset.FirstOrDefault() : (int?)null);

    private static readonly Parser<int> Fraction =
        from dot in Parse.Char(c => c is '.' or ',', "fraction")
        from digits in AsciiDigit.AtLeastOnce().Text()
        select int.Parse(digits[..Math.Min(digits.Length, 7)].PadRight(7, '0'), CultureInfo.InvariantCulture);

    private static readonly Parser<string> Meridiem =
        from space in OptionalSpaces
        from text in AnyKeyword(["a.m.", "p.m.", "am", "pm"])
        select text;

    /// <summary>A time of day: "17:12", "17:12:05.123", "5:12 PM", with an optional zone.</summary>
    private static readonly Parser<TimeOfDay> Time =
        from hour in Number(1, 2)
        from colon in Parse.Char(':')
        from minute in Digits(2)
        from second in (from c in Parse.Char(':') from s in Digits(2) select s).Maybe()
        from fraction in Fraction.Maybe()
        from meridiem in Meridiem.Maybe()
        from zone in Zone.Maybe()
        select new TimeOfDay(
            ToTwentyFourHours(hour, meridiem.FirstOrDefault()),
            minute,
            second.FirstOrDefault(),
            fraction.FirstOrDefault(),
            zone.FirstOrDefault() ?? 0,
            ZoneKnown: !zone.Any() || zone.First() is not null);

    /// <summary>"2023-02-21", then optionally "T" or a space and a time.</summary>
    private static readonly Parser<ParsedDate?> Iso =
        from year in Year
        from dash1 in Parse.Char('-')
        from month in Digits(2)
        from dash2 in Parse.Char('-')
        from day in Digits(2)
        from time in (from separator in Parse.Char(c => c is 'T' or 't' or ' ', "T") from t in Time select t).Maybe()
        select Make(year, month, day, time.Cast<TimeOfDay?>().FirstOrDefault());

    /// <summary>A time after a written date: ", 17:12", " at 5:12 pm", " - 17:12 GMT".</summary>
    private static readonly Parser<TimeOfDay> TrailingTime =
        from comma in Parse.Char(',').Or(Parse.Char('|')).Maybe()
        from space in Spaces
        from at in (from word in Keyword("at") from s in Spaces select word).Or(from dash in Dash from s in Spaces select dash).Maybe()
        from time in Time
        select time;

    /// <summary>"21.02.2023", optionally with a time.</summary>
    private static readonly Parser<ParsedDate?> Dotted =
        from day in Number(1, 2)
        from dot1 in Parse.Char('.')
        from month in Number(1, 2)
        from dot2 in Parse.Char('.')
        from year in Year
        from time in TrailingTime.Maybe()
        select Make(year, month, day, time.Cast<TimeOfDay?>().FirstOrDefault());

    private static readonly Parser<string> Weekday =
        from name in WordIn(Weekdays, "weekday")
        from dot in Parse.Char('.').Maybe()
        from comma in Parse.Char(',').Maybe()
        from space in Spaces
        select name;

    /// <summary>"Feb 21, 2023", "February 21 2023", "21 February 2023", "21st Feb. 2023", optionally after a weekday and with a time.</summary>
    private static readonly Parser<ParsedDate?> Written =
        from weekday in Weekday.Maybe()
        from date in
            (from month in MonthName from s1 in Spaces from day in Day from comma in Parse.Char(',').Maybe() from s2 in Spaces from year in Year select (year, month, day))
            .Or(from day in Day from s1 in Spaces from month in MonthName from comma in Parse.Char(',').Maybe() from s2 in Spaces from year in Year select (year, month, day))
        from time in TrailingTime.Maybe()
        select Make(date.year, date.month, date.day, time.Cast<TimeOfDay?>().FirstOrDefault());

    /// <summary>Any date form this grammar reads; fails on impossible dates (February 30, hour 25).</summary>
    public static readonly Parser<ParsedDate> Date = Iso.Or(Dotted).Or(Written).NotNull("a valid date");

    /// <summary>Reads a whole string as a date: front matter values.</summary>
    public static ParsedDate? ReadWhole(string text)
    {
        var result = (from leading in OptionalSpaces from date in Date from trailing in OptionalSpaces select date).End().TryParse(text);
        return result.WasSuccessful ? result.Value : null;
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
