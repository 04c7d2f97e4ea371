using System.Globalization;
using System.Text;
using Dicta.Model;

namespace Dicta.Benchmarks.Synthetic;

/// <summary>
/// Writes one synthetic news article: optional front matter, a headline, sometimes a standfirst and publisher lines,
/// a body whose first paragraph may open with a dateline, and sometimes a boilerplate tail. Body paragraphs mix the
/// shapes of real news copy: direct quotes before, after and around their cue, quotes split by the cue or continued
/// across paragraphs, partial quotes, reported speech ("said that", "according to", "told", "quoted ... as saying"),
/// pronoun follow-ups, headings and plain narration. Each article picks its own quotation marks, apostrophes and
/// paragraph breaks, as outlets do.
/// </summary>
internal sealed class ArticleWriter
{
    /// <summary>The kinds of body paragraph, in the order of <see cref="ParagraphWeights"/>.</summary>
    private enum ParagraphKind
    {
        QuoteThenCue,
        QuoteThenInvertedCue,
        CueThenQuote,
        SplitQuote,
        QuoteAcrossParagraphs,
        PartialQuote,
        Reported,
        ReportedCueLast,
        AccordingTo,
        Told,
        QuotedAsSaying,
        PronounFollowUp,
        UrgedOrWarned,
        JointStatement,
        Narration,
    }

    /// <summary>How often each kind of paragraph is written, relative to the others.</summary>
    private static readonly int[] ParagraphWeights = [12, 5, 6, 5, 2, 9, 12, 5, 6, 6, 5, 8, 4, 2, 16];

    private static readonly string[] HeadlineVerbs = ["hits out at", "signals shift on", "doubles down on", "seeks talks on", "plays down"];

    private readonly Random _random;
    private readonly Cast _cast;
    private readonly StringBuilder _text = new();
    private readonly HashSet<SyntheticSpeaker> _introduced = [];
    private readonly List<SyntheticSpeaker> _mentioned = [];
    private readonly List<SyntheticSpeaker> _players = [];
    private readonly SyntheticTopic _topic;
    private readonly SyntheticTopic _second;
    private readonly Country _home;
    private readonly Country _other;
    private readonly string _open;
    private readonly string _close;
    private readonly string _innerOpen;
    private readonly string _innerClose;
    private readonly string _apostrophe;
    private readonly string _break;
    private readonly int _year;
    private readonly int _month;
    private readonly int _day;

    /// <summary>Who spoke in the paragraph before: the one a pronoun refers to. Null after narration.</summary>
    private SyntheticSpeaker? _last;

    /// <summary>Chooses the article's topics, countries, cast and typography.</summary>
    public ArticleWriter(Random random, Cast cast)
    {
        _random = random;
        _cast = cast;
        _topic = random.Pick(Topics.All);
        _second = random.Pick(Topics.All);
        _home = random.Pick(Vocabulary.Countries);
        _other = random.Pick(Vocabulary.Countries);
        var curly = random.Chance(0.75);
        (_open, _close, _innerOpen, _innerClose) = curly ? ("\u201C", "\u201D", "\u2018", "\u2019") : ("\"", "\"", "'", "'");
        _apostrophe = curly && random.Chance(0.8) ? "\u2019" : "'";
        _break = random.Chance(0.5) ? "\n" : "\n\n";
        _year = random.Next(2019, 2025);
        _month = random.Next(1, 13);
        _day = random.Next(1, 29);
        CastPlayers();
    }

    /// <summary>The speakers the text has named so far, in order of first mention.</summary>
    public IReadOnlyList<SyntheticSpeaker> Mentioned => _mentioned;

    /// <summary>The article's text. A writer writes one article: call this once.</summary>
    public string Write()
    {
        var headline = Headline();
        if (_random.Chance(0.08))
        {
            _text.Append("---\n")
                .Append("title: ").Append(headline).Append('\n')
                .Append("outlet: ").Append(_random.Pick(_cast.Outlets).Name).Append('\n')
                .Append("date: ").Append(Date("yyyy-MM-dd")).Append('\n')
                .Append("---\n");
        }

        Line(headline);
        if (_random.Chance(0.35))
        {
            Line(Sentence(_random.Chance(0.5) ? Clause() : Fill(_random.Pick(_topic.Events))) + ".");
        }

        if (_random.Chance(0.3))
        {
            Line(MetaLine());
        }

        Line(Dateline() + Lead());
        var paragraphs = _random.Next(6, 30);
        var headingBefore = false;
        for (var i = 0; i < paragraphs; i++)
        {
            if (!headingBefore && i > 1 && _random.Chance(0.1))
            {
                Line(Fill(_random.Pick(Vocabulary.Headings)));
                headingBefore = true;
                continue;
            }

            headingBefore = false;
            Line(Paragraph((ParagraphKind)_random.Weighted(ParagraphWeights)));
        }

        if (_random.Chance(0.6))
        {
            Tail();
        }

        return _text.ToString();
    }

    private void CastPlayers()
    {
        var officials = _cast.Officials.Where(o => o.Country == _home.Name || o.Country == _other.Name).ToList();
        var officialCount = _random.Next(1, 3);
        for (var i = 0; i < officialCount; i++)
        {
            _players.Add(officials.Count > 0 && _random.Chance(0.8) ? _random.Pick(officials) : _random.Pick(_cast.Officials));
        }

        _players.Add(_random.Pick(_cast.Experts));
        var newcomers = _random.Next(1, 4);
        for (var i = 0; i < newcomers; i++)
        {
            _players.Add(_cast.NewExpert());
        }

        _players.Add(_random.Next(4) switch
        {
            0 => Cast.Institution(_random.Chance(0.5) ? _home : _other, _random.Pick(Vocabulary.Ministries)),
            1 => Cast.Capital(_other),
            2 => _random.Chance(0.1) ? _cast.NewOrganization() : _random.Pick(_cast.Organizations),
            _ => _random.Pick(_cast.Organizations),
        });
    }

    private void Line(string line) => _text.Append(line).Append(_break);

    private string Headline()
    {
        var speaker = _random.Pick(_players.Where(p => p.Kind == SpeakerKind.Person).ToList());
        var headline = _random.Next(7) switch
        {
            0 => $"{_home.Name} warns {_other.Name} over {Term()}",
            1 => $"{_home.Name} and {_other.Name} pledge closer ties amid {_topic.Label} tensions",
            2 => $"{_innerOpen}{Sentence(_random.Pick(Vocabulary.Phrases))}{_innerClose}: {speaker.ShortName} on {Term()}",
            3 => $"{_random.Pick(_cast.Organizations).Name} urges restraint as row over {Term()} deepens",
            4 => $"{speaker.ShortName} rejects criticism over {Term()}",
            5 => $"{_topic.Label}: {_home.Capital} {_random.Pick(HeadlineVerbs)} {Term()}",
            _ => $"What {speaker.ShortName}{_apostrophe}s visit to {_other.Capital} means for {Term()}?",
        };
        return Sentence(headline);
    }

    private string MetaLine() => _random.Next(4) switch
    {
        0 => $"By {NameOfReporter()}" + (_random.Chance(0.3) ? $" and {NameOfReporter()}" : ""),
        1 => $"Published: {_day} {Vocabulary.Months[_month - 1]} {_year}",
        2 => $"{Date("dd.MM.yyyy")}, {_random.Pick(_cast.Outlets).Name}",
        _ => Date("yyyy-MM-dd") + "T" + string.Create(CultureInfo.InvariantCulture, $"{_random.Next(24):D2}:{_random.Next(60):D2}+0000"),
    };

    private string Dateline()
    {
        if (!_random.Chance(0.6))
        {
            return "";
        }

        var city = _home.Capital.ToUpperInvariant();
        return _random.Next(5) switch
        {
            0 => $"{city}, {Vocabulary.ShortMonths[_month - 1]} {_day} ({_random.Pick(Vocabulary.Wires)}) - ",
            1 => $"{city}: ",
            2 => $"{city}, {_home.Name.Replace("the ", "", StringComparison.Ordinal).ToUpperInvariant()}: ",
            3 => $"{city} ({_random.Pick(Vocabulary.Wires)}) \u2014 ",
            _ => $"({_random.Pick(_cast.Outlets).Name}) \u2013 ",
        };
    }

    /// <summary>The first paragraph: the main claim and its speaker, introduced in full.</summary>
    private string Lead() => _random.Next(4) switch
    {
        0 => Paragraph(ParagraphKind.Reported),
        1 => Paragraph(ParagraphKind.QuoteThenCue),
        2 => Paragraph(ParagraphKind.Told),
        _ => Paragraph(ParagraphKind.PartialQuote),
    };

    private string Paragraph(ParagraphKind kind)
    {
        if (kind == ParagraphKind.PronounFollowUp && _last is not { Kind: SpeakerKind.Person })
        {
            kind = ParagraphKind.Reported;
        }

        var speaker = kind is ParagraphKind.PronounFollowUp or ParagraphKind.Narration ? _last : Speaker();
        var paragraph = kind switch
        {
            ParagraphKind.QuoteThenCue => $"{_open}{Quote(_random.Next(1, 4), comma: true)}{_close} {Mention(speaker!, SpeakerPosition.BeforeVerb)} {Verb()}{Setting(speaker!)}.",
            ParagraphKind.QuoteThenInvertedCue => $"{_open}{Quote(_random.Next(1, 3), comma: true)}{_close} said {Mention(speaker!, SpeakerPosition.BeforePunctuation)}.",
            ParagraphKind.CueThenQuote => $"{Subject(speaker!, SpeakerPosition.BeforeVerb)} said{Setting(speaker!)}: {_open}{Quote(_random.Next(1, 4), comma: false)}{_close}",
            ParagraphKind.SplitQuote => $"{_open}{Quote(1, comma: true)}{_close} {Mention(speaker!, SpeakerPosition.BeforeVerb)} said. {_open}{Quote(_random.Next(1, 3), comma: false)}{_close}",
            ParagraphKind.QuoteAcrossParagraphs => $"{_open}{Quote(_random.Next(1, 3), comma: false)}{_break}{_open}{Quote(1, comma: true)}{_close} {Mention(speaker!, SpeakerPosition.BeforeVerb)} added.",
            ParagraphKind.PartialQuote => PartialQuote(speaker!),
            ParagraphKind.Reported => $"{Subject(speaker!, SpeakerPosition.BeforeVerb)} {Verb()}{Setting(speaker!)}{That()}{Clause()}.",
            ParagraphKind.ReportedCueLast => $"{Sentence(Clause())}, {Mention(speaker!, SpeakerPosition.BeforeVerb)} {Verb()}{Setting(speaker!)}.",
            ParagraphKind.AccordingTo => _random.Chance(0.6)
                ? $"According to {Mention(speaker!, SpeakerPosition.BeforePunctuation)}, {Clause()}."
                : $"{Sentence(Clause())}, according to {Mention(speaker!, SpeakerPosition.BeforePunctuation)}.",
            ParagraphKind.Told => Told(speaker!),
            ParagraphKind.QuotedAsSaying => QuotedAsSaying(speaker!),
            ParagraphKind.PronounFollowUp => PronounFollowUp(speaker!),
            ParagraphKind.UrgedOrWarned => _random.Chance(0.5)
                ? $"{Subject(speaker!, SpeakerPosition.BeforeVerb)} urged {Addressee(speaker!)} to {Fill(_random.Pick(Vocabulary.Urgings))}{Setting(speaker!)}."
                : $"{Subject(speaker!, SpeakerPosition.BeforeVerb)} warned {Addressee(speaker!)} against {Fill(_random.Pick(Vocabulary.Warnings))}.",
            ParagraphKind.JointStatement => JointStatement(speaker!),
            _ => Narration(),
        };

        _last = kind == ParagraphKind.Narration ? null : speaker;
        return paragraph;
    }

    private string PartialQuote(SyntheticSpeaker speaker)
    {
        var phrase = _random.Pick(Vocabulary.Phrases);
        return _random.Next(6) switch
        {
            0 => $"{Subject(speaker, SpeakerPosition.BeforeVerb)} called {Term()} {_open}{phrase}{_close} and said {Clause()}.",
            1 => $"{Subject(speaker, SpeakerPosition.BeforeVerb)} described the move as {_open}{phrase},{_close} adding that {Clause()}.",
            2 => $"{Subject(speaker, SpeakerPosition.BeforeVerb)} warned of {_open}{phrase}{_close} over {Term()}.",
            3 => $"{Subject(speaker, SpeakerPosition.BeforeVerb)} said the talks had been {_open}{phrase}{_close}{Setting(speaker)}.",
            4 => $"In the words of {Mention(speaker, SpeakerPosition.BeforePunctuation)}, the situation was {_open}{phrase}.{_close}",
            _ => $"{Subject(speaker, SpeakerPosition.BeforeVerb)} said {Clause()}, calling it {_open}{phrase}.{_close}",
        };
    }

    private string Told(SyntheticSpeaker speaker)
    {
        // Sometimes the one told is another speaker of the article ("told his Chinese counterpart ..."), else an audience.
        var listener = _random.Chance(0.4) ? _players.FirstOrDefault(p => p != speaker && p.Kind == SpeakerKind.Person) : null;
        var shape = _random.Next(3);
        var audience = listener is null
            ? Fill(_random.Pick(Vocabulary.Audiences))
            : Mention(listener, shape == 2 ? SpeakerPosition.BeforePunctuation : SpeakerPosition.BeforeVerb);
        return shape switch
        {
            0 => $"{Subject(speaker, SpeakerPosition.BeforeVerb)} told {audience}{That()}{Clause()}.",
            1 => $"{Subject(speaker, SpeakerPosition.BeforeVerb)} told {audience} {_random.Pick(Vocabulary.Days)}: {_open}{Quote(_random.Next(1, 3), comma: false)}{_close}",
            _ => $"{_open}{Quote(_random.Next(1, 3), comma: true)}{_close} {Mention(speaker, SpeakerPosition.BeforeVerb)} told {audience}.",
        };
    }

    private string QuotedAsSaying(SyntheticSpeaker speaker)
    {
        var outlet = _random.Pick(_cast.Outlets).Name;
        return _random.Next(4) switch
        {
            0 => $"{Sentence(outlet)} quoted {Mention(speaker, SpeakerPosition.BeforeVerb)} as saying {Clause()}.",
            1 => $"{Sentence(outlet)} quoted {Mention(speaker, SpeakerPosition.BeforeVerb)} as saying that {Clause()}.",
            2 => $"{Subject(speaker, SpeakerPosition.BeforeVerb)} was quoted by {outlet} as saying {_open}{Quote(1, comma: false)}{_close}",
            _ => $"{Sentence(outlet)} quoted {Mention(speaker, SpeakerPosition.BeforeVerb)} as saying: {_open}{Quote(_random.Next(1, 3), comma: false)}{_close}",
        };
    }

    private string PronounFollowUp(SyntheticSpeaker speaker)
    {
        var pronoun = speaker.Pronoun;
        return _random.Next(4) switch
        {
            0 => $"{Sentence(pronoun)} added that {Clause()}.",
            1 => $"{_open}{Quote(_random.Next(1, 3), comma: true)}{_close} {pronoun} said.",
            2 => $"{Sentence(pronoun)} also {Verb()}{That()}{Clause()}.",
            _ => $"{Sentence(pronoun)} said {_random.Pick(Vocabulary.Days)} that {Clause()}, and that {Clause()}.",
        };
    }

    private string JointStatement(SyntheticSpeaker speaker)
    {
        var partner = _players.FirstOrDefault(p => p != speaker && p.Kind == SpeakerKind.Person);
        return partner is null || speaker.Kind != SpeakerKind.Person
            ? $"{Subject(speaker, SpeakerPosition.BeforeVerb)} said in a joint statement with {Addressee(speaker)} that {Clause()}."
            : $"{Subject(speaker, SpeakerPosition.BeforeVerb)} and {Mention(partner, SpeakerPosition.BeforeVerb)} said in a joint statement that {Clause()}.";
    }

    private string Narration()
    {
        var sentences = _random.Next(1, 5);
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                // Scraped copy sometimes loses the space between sentences ("ended.The").
                text.Append(_random.Chance(0.03) ? "" : " ");
            }

            var events = _random.Chance(0.5) ? Vocabulary.Events : (_random.Chance(0.8) ? _topic : _second).Events;
            text.Append(Sentence(Fill(_random.Pick(events)))).Append('.');
        }

        return text.ToString();
    }

    private void Tail()
    {
        if (_random.Chance(0.3))
        {
            Line($"(Reporting by {NameOfReporter()} in {_home.Capital}; Additional reporting by {NameOfReporter()}; Editing by {NameOfReporter()})");
        }

        if (_random.Chance(0.5))
        {
            Line(Fill(_random.Pick(Vocabulary.Notices)));
        }

        if (_random.Chance(0.3))
        {
            Line(_random.Pick(Vocabulary.LinkListOpeners));
            var links = _random.Next(2, 5);
            for (var i = 0; i < links; i++)
            {
                Line(Headline());
            }
        }

        if (_random.Chance(0.2))
        {
            Line($"#{_topic.Label.Replace(" ", "", StringComparison.Ordinal)} #{_home.Name.Replace("the ", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)} #News");
        }
    }

    /// <summary>Who speaks next: often whoever spoke last, otherwise anyone in the article's cast.</summary>
    private SyntheticSpeaker Speaker() =>
        _last is { Kind: not SpeakerKind.Outlet } && _random.Chance(0.35) ? _last : _random.Pick(_players);

    /// <summary>A mention at the start of a sentence.</summary>
    private string Subject(SyntheticSpeaker speaker, SpeakerPosition position) => Sentence(Mention(speaker, position));

    /// <summary>
    /// How the text names a speaker: in full with title or role the first time (as a title before the name or an
    /// appositive after it), then mostly by the short name or a description.
    /// </summary>
    private string Mention(SyntheticSpeaker speaker, SpeakerPosition position)
    {
        var first = _introduced.Add(speaker);
        if (first)
        {
            _mentioned.Add(speaker);
        }

        if (speaker.Kind != SpeakerKind.Person)
        {
            return first || !_random.Chance(0.3) ? speaker.Name : speaker.ShortName;
        }

        if (!first)
        {
            return _random.Next(10) switch
            {
                < 7 => speaker.ShortName,
                < 9 when speaker.Title is not null && speaker.Affiliation is null => $"the {AdjectiveOf(speaker)} {speaker.Title.ToLowerInvariant()}",
                _ => speaker.Name,
            };
        }

        var closing = position == SpeakerPosition.BeforeVerb ? "," : "";
        var country = Vocabulary.Countries.FirstOrDefault(c => c.Name == speaker.Country);
        if (speaker.Affiliation is not null)
        {
            // "Pacific Policy Institute analyst X" reads well only with a short role; longer ones go after the name.
            return _random.Chance(0.7) || speaker.Title!.Contains(' ', StringComparison.Ordinal)
                ? $"{speaker.Name}, {Article(speaker.Title!)} {speaker.Title} at {speaker.Affiliation}{closing}"
                : $"{speaker.Affiliation[(speaker.Affiliation.StartsWith("the ", StringComparison.Ordinal) ? 4 : 0)..]} {speaker.Title} {speaker.Name}";
        }

        var isOffice = Vocabulary.Offices.Contains(speaker.Title!);
        return _random.Chance(0.6) || country is null
            ? $"{AdjectiveOf(speaker)} {speaker.Title} {speaker.Name}"
            : isOffice
                ? $"{speaker.Name}, {country.Possessive(_apostrophe)} {speaker.Title!.ToLowerInvariant()}{closing}"
                : $"{speaker.Name}, {Article(AdjectiveOf(speaker))} {AdjectiveOf(speaker)} {speaker.Title}{closing}";
    }

    private static string AdjectiveOf(SyntheticSpeaker speaker) =>
        Vocabulary.Countries.FirstOrDefault(c => c.Name == speaker.Country)?.Adjective ?? "foreign";

    private static string Article(string word) => "AEIOUaeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    /// <summary>A country or organization spoken to; never the speaker's own country.</summary>
    private string Addressee(SyntheticSpeaker speaker)
    {
        var country = speaker.Country == _other.Name ? _home : _other;
        return _random.Next(3) switch
        {
            0 when country.Name != speaker.Country => country.Name,
            1 when country.Name != speaker.Country => country.Capital,
            _ => _random.Pick(_cast.Organizations.Where(o => o != speaker).ToList()).Name,
        };
    }

    private string Verb() => _random.Pick(Vocabulary.ReportingVerbs);

    private string That() => _random.Chance(0.6) ? " that " : " ";

    private string Setting(SyntheticSpeaker speaker) =>
        _random.Chance(0.35) ? Fill(_random.Pick(Vocabulary.Settings), speaker: speaker) : "";

    private string Term() => _random.Pick(_topic.Terms);

    /// <summary>A reported claim: a subject and a predicate, mostly about the article's topic.</summary>
    private string Clause()
    {
        var topic = _random.Chance(0.8) ? _topic : _second;
        var predicate = _random.Chance(0.5) ? _random.Pick(topic.Predicates) : _random.Pick(Vocabulary.Predicates);
        return Fill(_random.Pick(Vocabulary.Subjects)) + " " + Fill(predicate, topic);
    }

    /// <summary>The words of a direct quote: whole sentences, the last ending in a comma when the cue follows it.</summary>
    private string Quote(int sentences, bool comma)
    {
        var text = new StringBuilder();
        var used = new List<string>();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            string template;
            do
            {
                template = _random.Next(10) switch
                {
                    < 4 => _random.Pick(_topic.Quotes),
                    9 => $"What some call {_innerOpen}{_random.Pick(Vocabulary.Phrases)}{_innerClose} is nothing of the kind",
                    _ => _random.Pick(Vocabulary.Quotes),
                };
            }
            while (used.Contains(template));

            used.Add(template);
            text.Append(Sentence(Fill(template))).Append(i < sentences - 1 || !comma ? '.' : ',');
        }

        return text.ToString();
    }

    private string NameOfReporter() => NameMaker.Person(_random, _random.Pick(Vocabulary.Countries).Style, _random.Chance(0.5)).Name;

    private string Date(string format) => new DateTime(_year, _month, _day, 0, 0, 0, DateTimeKind.Utc).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Fills the slots of a template ("{term}", "{country}", ...).</summary>
    private string Fill(string template, SyntheticTopic? topic = null, SyntheticSpeaker? speaker = null) =>
        Template.Fill(template, name => Slot(name, topic ?? _topic, speaker));

    private string Slot(string name, SyntheticTopic topic, SyntheticSpeaker? speaker) => name switch
    {
        "term" => _random.Pick(topic.Terms),
        "label" => topic.Label,
        "country" => (_random.Next(3) switch { 0 => _home, 1 => _other, _ => _random.Pick(Vocabulary.Countries) }).Name,
        "adj" => (_random.Chance(0.5) ? _home : _other).Adjective,
        "capital" => (_random.Chance(0.5) ? _home : _other).Capital,
        "city" => _random.Pick(Vocabulary.Countries).Capital,
        "event" => _random.Pick(Vocabulary.Meetings),
        "outlet" => _random.Pick(_cast.Outlets).Name,
        "day" => _random.Pick(Vocabulary.Days),
        "weekday" => _random.Pick(Vocabulary.Weekdays),
        "month" => _random.Pick(Vocabulary.Months),
        "year" => _year.ToString(CultureInfo.InvariantCulture),
        "ordinal" => _random.Pick(Vocabulary.Ordinals),
        "their" => speaker?.PossessivePronoun ?? "its",
        "small" => _random.Next(2, 16).ToString(CultureInfo.InvariantCulture),
        "number" => _random.Next(3) switch
        {
            0 => _random.Next(10, 1000).ToString("N0", CultureInfo.InvariantCulture) + ",000",
            1 => string.Create(CultureInfo.InvariantCulture, $"{_random.Next(11, 99) / 10.0:0.0} million"),
            _ => _random.Next(100, 999).ToString(CultureInfo.InvariantCulture),
        },
        "percent" => _random.Chance(0.5)
            ? string.Create(CultureInfo.InvariantCulture, $"{_random.Next(1, 300) / 10.0:0.0}%")
            : string.Create(CultureInfo.InvariantCulture, $"{_random.Next(2, 40)} percent"),
        "money" => _random.Chance(0.5)
            ? string.Create(CultureInfo.InvariantCulture, $"${_random.Next(10, 9999) / 10.0:0.0}bn")
            : string.Create(CultureInfo.InvariantCulture, $"\u20AC{_random.Next(2, 900)} billion"),
        _ => throw new InvalidOperationException($"Unknown template slot {{{name}}}."),
    };

    /// <summary>The text with its first letter a capital, past any opening quotation marks.</summary>
    private static string Sentence(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return char.IsUpper(text[i]) ? text : string.Concat(text.AsSpan(0, i), char.ToUpperInvariant(text[i]).ToString(), text.AsSpan(i + 1));
            }
        }

        return text;
    }
}
