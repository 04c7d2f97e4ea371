using System.Collections.Concurrent;
using System.Collections.Immutable;
using Dicta.Extraction.Attribution;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction.Resolution;

/// <summary>
/// Stage 6 of extraction: turns the phrases that name speakers, addressees and channels into <see cref="Speaker"/>
/// symbols. Names are looked up in the gazetteer or completed from fuller mentions earlier in the article
/// ("Ushakov" after "Kremlin aide Yuri Ushakov"); pronouns and descriptions ("he", "the official", "the Russian
/// leader", "the pair") take the most recent fitting speaker before them; "Putin and Xi" is a group of both.
/// Contradictory attributions ("Xi Putin said", "Iranian leader Putin said") are read the most plausible way and
/// reported.
/// </summary>
internal sealed class SpeakerResolver(AttributionVocabulary vocabulary)
{
    private static readonly ImmutableHashSet<string> Collectives = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "pair", "two", "leaders", "presidents", "sides", "both", "duo", "men", "counterparts", "heads", "two leaders", "two presidents", "two sides", "both leaders", "both sides");

    private static readonly ImmutableHashSet<string> PersonPronouns = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "he", "she", "him", "her", "i", "me");

    private static readonly ImmutableHashSet<string> GroupPronouns = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "they", "them", "we", "us");

    /// <summary>Memos between articles: what the lexicons say of a word holds in every article.</summary>
    private readonly ConcurrentBag<WordMemo> _memos = [];

    /// <summary>The statements of the candidates, with speakers resolved, in the candidates' order.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="sentences">The article's sentences with their tokens, searched for fuller names.</param>
    /// <param name="candidates">The attributions found.</param>
    /// <param name="date">When the article was published, for titles that changed hands.</param>
    public (ImmutableArray<Statement> Statements, ImmutableArray<Diagnostic> Diagnostics) Resolve(
        SourceText text, ImmutableArray<TokenizedSentence> sentences, ImmutableArray<AttributionCandidate> candidates, DateOnly? date = null)
    {
        var words = _memos.TryTake(out var memo) ? memo : new WordMemo(vocabulary);
        words.StartArticle(date);
        var resolved = Resolve(text, sentences, candidates, words);
        _memos.Add(words);
        return resolved;
    }

    private (ImmutableArray<Statement> Statements, ImmutableArray<Diagnostic> Diagnostics) Resolve(
        SourceText text, ImmutableArray<TokenizedSentence> sentences, ImmutableArray<AttributionCandidate> candidates, WordMemo words)
    {
        var context = new ArticleContext(text, NamesInText(sentences, words), words);
        var statements = ImmutableArray.CreateBuilder<Statement>(candidates.Length);
        foreach (var candidate in candidates)
        {
            if (candidate.CarriedFrom is { } from && from < statements.Count)
            {
                var previous = statements[from];
                statements.Add(previous with
                {
                    Kind = candidate.Kind,
                    ContentSpan = candidate.ContentSpan,
                    QuoteSpans = candidate.QuoteSpans,
                    CueSpan = null,
                    Addressee = null,
                });
                continue;
            }

            if (candidate.MentionSpan is not { } mentionSpan)
            {
                continue;
            }

            var reading = ResolvePhrase(context, mentionSpan, asSpeaker: true);
            var via = candidate.ViaSpan is { } viaSpan ? ResolvePhrase(context, viaSpan, asSpeaker: true).Speaker : null;
            var addressee = candidate.AddresseeSpan is { } addresseeSpan ? ResolvePhrase(context, addresseeSpan, asSpeaker: false).Speaker : null;
            context.Spoke(mentionSpan.Start, reading.Speaker);
            if (via is not null && candidate.ViaSpan is { } channel)
            {
                context.Spoke(channel.Start, via);
            }

            statements.Add(new Statement
            {
                Kind = candidate.Kind,
                ContentSpan = candidate.ContentSpan,
                QuoteSpans = candidate.QuoteSpans,
                CueSpan = candidate.CueSpan,
                MentionSpan = mentionSpan,
                Speaker = reading.Speaker,
                Addressee = addressee is not null && addressee.Name != reading.Speaker.Name ? addressee : null,
                Via = via is not null && via.Name != reading.Speaker.Name ? via : null,
                IsAmbiguous = !reading.Alternatives.IsEmpty,
                Alternatives = reading.Alternatives,
            });
        }

        return (statements.ToImmutable(), context.Diagnostics.ToImmutableArray());
    }

    private Reading ResolvePhrase(ArticleContext context, TextSpan span, bool asSpeaker)
    {
        var phrase = context.Text.ToString(span);
        var parts = context.Words.Parse(phrase);
        if (parts.Words.IsEmpty)
        {
            return new Reading(context.Named(phrase, SpeakerKind.Person), []);
        }

        var first = parts.Words[0];
        if (parts.Words.Length == 1 && (PersonPronouns.Contains(first) || GroupPronouns.Contains(first) || first.Equals("it", StringComparison.OrdinalIgnoreCase)))
        {
            return new Reading(Pronoun(context, span, first), []);
        }

        if (Group(context, span, phrase) is { } group)
        {
            return new Reading(group, []);
        }

        if (IsCollective(parts) && context.LatestGroup(span.Start) is { } collective)
        {
            return new Reading(collective, []);
        }

        if ((context.Words.FindOnDate(parts.Phrase) ?? context.NamedInText(context.Words.FindAllOnDate(parts.Phrase))) is { } known)
        {
            return new Reading(context.Remember(known), []);
        }

        if (parts.FullName is { } name)
        {
            return Named(context, span, parts, name);
        }

        return Described(context, span, parts, asSpeaker);
    }

    /// <summary>A phrase with a proper name: the gazetteer, an earlier fuller mention, or the name itself.</summary>
    private static Reading Named(ArticleContext context, TextSpan span, NameParts parts, string name)
    {
        // "Xi Putin said": two known people where one was meant.
        if (parts.Name.Length >= 2 && KnownPeople(context.Words, parts.Name) is { Count: >= 2 } two
            && context.Words.FindOnDate(name) is null)
        {
            context.Report(AttributionDiagnostics.TwoSpeakers, span, name, two[0].Name, two[1].Name);
            return new Reading(context.Remember(two[0]), [context.Remember(two[1])]);
        }

        var speaker = Known(context.Words, parts, name) ?? context.ByName(name, span.Start) ?? NewSpeaker(parts, name);

        // "Iranian leader Putin": the description names someone else's country.
        if (parts.Country is { } country && speaker.Country is { } own && speaker.Kind == SpeakerKind.Person && !NameComparer.Same(country, own)
            && context.LatestPersonOf(country, span.Start) is { } fitting)
        {
            context.Report(AttributionDiagnostics.ContradictoryAttribution, span, context.Text.ToString(span), fitting.Name, speaker.Name);
            return new Reading(context.Remember(fitting), [context.Remember(speaker)]);
        }

        return new Reading(context.Remember(speaker.Role is null && parts.Role is not null ? speaker.WithRole(parts.Role) : speaker), []);
    }

    /// <summary>A phrase with no proper name: a description of someone named before, or an institution or group by its description.</summary>
    private Reading Described(ArticleContext context, TextSpan span, NameParts parts, bool asSpeaker)
    {
        var head = parts.Words[^1];
        var isPersonRole = vocabulary.IsPersonRole(head);
        var plural = head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal);

        // "the official", "the Russian leader", "the U.S. president": someone named before, a speaker first.
        if (isPersonRole && !plural && parts.Definite && asSpeaker
            && (context.LatestPerson(span.Start, parts.Country) ?? (parts.Country is { } country ? context.LatestPersonOf(country, span.Start) : null)) is { } person)
        {
            return new Reading(context.Remember(person), []);
        }

        var description = Describe(parts);
        var kind = AttributionVocabulary.IsOutletWord(head) ? SpeakerKind.Outlet
            : plural && !AttributionVocabulary.IsOrganizationWord(head) ? SpeakerKind.Group
            : isPersonRole ? SpeakerKind.Person
            : SpeakerKind.Organization;
        if (isPersonRole && !plural && parts.Definite && asSpeaker)
        {
            context.Report(AttributionDiagnostics.UnresolvedMention, span, context.Text.ToString(span));
        }

        return new Reading(context.Remember(new Speaker(description, kind, country: parts.Country)), []);
    }

    /// <summary>"Taiwan's foreign ministry" → "Taiwan foreign ministry"; "the Defense Ministry in Moscow" → "Russian Defense Ministry".</summary>
    private string Describe(NameParts parts)
    {
        var words = parts.Words.Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w).ToList();
        var inIndex = words.FindIndex(w => w.Equals("in", StringComparison.OrdinalIgnoreCase));
        if (inIndex > 0 && inIndex == words.Count - 2 && vocabulary.Find(words[^1]) is { Country: { } country } && vocabulary.DemonymOf(country) is { } demonym)
        {
            return demonym + " " + string.Join(' ', words.Take(inIndex));
        }

        return string.Join(' ', words);
    }

    private static Speaker Pronoun(ArticleContext context, TextSpan span, string pronoun)
    {
        Speaker? found = PersonPronouns.Contains(pronoun) ? context.LatestPerson(span.Start, null)
            : GroupPronouns.Contains(pronoun) ? context.LatestGroup(span.Start) ?? context.LatestPerson(span.Start, null)
            : context.LatestInstitution(span.Start);
        if (found is not null)
        {
            return found;
        }

        context.Report(AttributionDiagnostics.UnresolvedMention, span, pronoun);
        return context.Named(pronoun, SpeakerKind.Person);
    }

    /// <summary>"Putin and Xi", "He and Xi", "Moscow and Beijing": a group of what each part names.</summary>
    private Speaker? Group(ArticleContext context, TextSpan span, string phrase)
    {
        if (!phrase.Contains(" and ", StringComparison.Ordinal) && !phrase.Contains(" & ", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = phrase.Split([" and ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return null;
        }

        var members = new List<Speaker>();
        var offset = span.Start;
        foreach (var part in parts)
        {
            var start = context.Text.ToString(span).IndexOf(part, offset - span.Start, StringComparison.Ordinal) + span.Start;
            var partSpan = new TextSpan(start, part.Length);
            offset = partSpan.End;
            var partParts = context.Words.Parse(part);
            if (partParts.Words.IsEmpty)
            {
                return null;
            }

            members.Add(ResolvePhrase(context, partSpan, asSpeaker: true).Speaker);
        }

        var distinct = members.DistinctBy(m => m.Name).ToList();
        if (distinct.Count < 2)
        {
            return distinct.Count == 1 ? distinct[0] : null;
        }

        return context.Remember(new Speaker(string.Join(" and ", distinct.Select(m => m.Name)), SpeakerKind.Group, members: distinct));
    }

    /// <summary>The gazetteer's entry for the name, or for its surname when that is all the phrase gives.</summary>
    private static Speaker? Known(WordMemo words, NameParts parts, string name)
    {
        if (words.Find(name) is { } exact)
        {
            return exact;
        }

        return words.Find(parts.Name[^1]) is { Kind: SpeakerKind.Person } bySurname && (parts.Name.Length == 1 || bySurname.IsNamed(name))
            ? bySurname
            : null;
    }

    /// <summary>The distinct speakers the gazetteer knows the words of a name as, on the article's date, in the words' order.</summary>
    private static List<Speaker> KnownPeople(WordMemo words, ImmutableArray<string> name)
    {
        var known = new List<Speaker>(name.Length);
        foreach (var word in name)
        {
            if (words.FindOnDate(word) is { } speaker && !known.Exists(s => s.Name == speaker.Name))
            {
                known.Add(speaker);
            }
        }

        return known;
    }

    private static bool IsCollective(NameParts parts) =>
        parts.FullName is null && parts.Words.Length <= 3 && parts.Words.All(w => Collectives.Contains(w));

    private static Speaker NewSpeaker(NameParts parts, string name)
    {
        var aliases = parts.Name.Length > 1 ? new[] { parts.Name[^1] } : [];
        return new Speaker(name, SpeakerKind.Person, aliases, parts.Country, parts.Role);
    }

    /// <summary>Takes a phrase apart into country, role and proper name.</summary>
    private static NameParts Parse(string phrase, WordMemo vocabulary)
    {
        // The words are read as a slice of the split (no copies of the list as it is taken apart).
        ReadOnlySpan<string> words = phrase.Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var definite = false;
        var determiners = 0;
        while (determiners < words.Length && Attribution.WordClasses.Determiners.Contains(words[determiners]))
        {
            definite |= words[determiners].Equals("the", StringComparison.OrdinalIgnoreCase);
            determiners++;
        }

        words = words[determiners..];

        string? country = null;
        var nameStart = words.Length;
        for (var i = words.Length - 1; i >= 0; i--)
        {
            var word = words[i];
            if (Attribution.WordClasses.NameParticles.Contains(word) && i > 0 && char.IsUpper(words[i - 1][0]) && i + 1 < words.Length && nameStart == i + 1)
            {
                // "Ursula von der Leyen": a particle inside a name.
                nameStart = i;
                continue;
            }

            if (!char.IsUpper(word[0]) || vocabulary.IsRoleWord(word) || AttributionVocabulary.IsOrganizationWord(word) || vocabulary.CountryOfDemonym(word) is not null || word.EndsWith("'s", StringComparison.Ordinal))
            {
                break;
            }

            nameStart = i;
        }

        for (var i = 0; i < nameStart && country is null; i++)
        {
            var word = words[i];
            var bare = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
            country = vocabulary.CountryOfDemonym(bare) ?? (vocabulary.Find(bare) is { Kind: SpeakerKind.Organization, Country: { } c } && NameComparer.Same(c, bare) ? c : null);
        }

        // A proper name is a few words; a longer capitalized run is a title ending in one ("… Security Affairs Ely Ratner").
        if (words.Length - nameStart > 3)
        {
            nameStart = words.Length - 2;
        }

        var name = words[nameStart..];
        string? role = null;
        if (!name.IsEmpty)
        {
            var roleWords = new List<string>(nameStart);
            for (var i = 0; i < nameStart; i++)
            {
                var word = words[i];
                if (vocabulary.IsRoleWord(word) || (char.IsUpper(word[0]) && vocabulary.CountryOfDemonym(word) is null && !word.EndsWith("'s", StringComparison.Ordinal)))
                {
                    roleWords.Add(word);
                }
            }

            role = roleWords.Count > 0 ? string.Join(' ', roleWords) : null;
            if (AllOrganizationWords(name))
            {
                name = [];
            }
        }

        return new NameParts([.. words], country, role, [.. name], definite);
    }

    private static bool AllOrganizationWords(ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (!AttributionVocabulary.IsOrganizationWord(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every person named in the article, with the country its phrase gives: names of two or more words (for completing
    /// later surnames), and names that are the subject of their sentence ("Olaf Scholz struck a cautious tone. … he
    /// said"), which pronouns and descriptions may point back to.
    /// </summary>
    private static List<NameInText> NamesInText(ImmutableArray<TokenizedSentence> sentences, WordMemo vocabulary)
    {
        var names = new List<NameInText>();
        foreach (var (_, tokens, _) in sentences)
        {
            var subjectStart = AttributionFinder.ClauseStart(tokens);
            var i = 0;
            while (i < tokens.Length)
            {
                if (!tokens[i].IsCapitalized)
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < tokens.Length && (tokens[i].IsCapitalized || (tokens[i].IsLowercase && vocabulary.IsRoleWord(tokens[i].Text))
                    || (tokens[i].IsAny(Attribution.WordClasses.NameParticles) && i + 1 < tokens.Length
                        && (tokens[i + 1].IsCapitalized || tokens[i + 1].IsAny(Attribution.WordClasses.NameParticles)))))
                {
                    i++;
                }

                // The subject, or its apposition: "Poland's prime minister, Donald Tusk, welcomed …".
                var isSubject = start == subjectStart
                    || (start >= 2 && tokens[start - 1].IsMark(',') && i < tokens.Length && tokens[i].IsMark(',') && IsOpeningPhrase(tokens, subjectStart, start - 1));
                if (NameIn(tokens, start, i, isSubject, vocabulary) is { } name)
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    /// <summary>
    /// The person a run of capitalized tokens names, read from its end: the trailing words that are not roles,
    /// institutions or demonyms are the name; a demonym or possessive before them gives the country.
    /// </summary>
    private static NameInText? NameIn(ImmutableArray<Token> tokens, int start, int end, bool isSubject, WordMemo vocabulary)
    {
        // A lone capitalized word is a name only as a subject ("Ushakov said"): most runs are such words ("Moscow",
        // "NATO"), and need no look-ups to be passed over.
        if (end - start == 1 && !isSubject)
        {
            return null;
        }

        var nameStart = end;
        for (var k = end - 1; k >= start; k--)
        {
            var token = tokens[k];
            if (token.IsAny(Attribution.WordClasses.NameParticles) && k > start && nameStart == k + 1)
            {
                nameStart = k;
                continue;
            }

            if (!token.IsCapitalized || token.IsPossessive || vocabulary.IsRoleWord(token.Text) || AttributionVocabulary.IsOrganizationWord(token.Text)
                || vocabulary.CountryOfDemonym(token.Text) is not null)
            {
                break;
            }

            nameStart = k;
        }

        // A proper name is a few words ("Ursula von der Leyen" is two, particles aside); a longer capitalized run is a
        // title ending in one ("… Security Affairs Ely Ratner").
        if (CapitalizedCount(tokens, nameStart, end) > 3)
        {
            while (CapitalizedCount(tokens, nameStart, end) > 2)
            {
                nameStart++;
            }
        }

        while (nameStart < end && tokens[nameStart].IsAny(Attribution.WordClasses.NameParticles))
        {
            nameStart++;
        }

        var length = end - nameStart;
        if (length == 0 || (length == 1 && !isSubject))
        {
            return null;
        }

        var full = length == 1 ? tokens[nameStart].Text : JoinTexts(tokens, nameStart, end);
        var known = vocabulary.Find(full);
        if (known is not null and not { Kind: SpeakerKind.Person } || (length == 1 && known is null))
        {
            return null;
        }

        string? country = null;
        for (var k = start; k < nameStart && country is null; k++)
        {
            country = vocabulary.CountryOfDemonym(tokens[k].WithoutPossessive);
        }

        return new NameInText(tokens[start].Span.Start, known?.Name ?? full, country ?? known?.Country, isSubject);
    }

    /// <summary>True when the tokens from <paramref name="start"/> up to <paramref name="end"/> are one name phrase: the sentence opens with it.</summary>
    private static bool IsOpeningPhrase(ImmutableArray<Token> tokens, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (!(tokens[k].IsCapitalized || tokens[k].IsPossessive || tokens[k].IsLowercase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many of the tokens from <paramref name="start"/> up to <paramref name="end"/> are capitalized words.</summary>
    private static int CapitalizedCount(ImmutableArray<Token> tokens, int start, int end)
    {
        var count = 0;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsCapitalized)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The texts of the tokens from <paramref name="start"/> up to <paramref name="end"/>, joined by single spaces.</summary>
    private static string JoinTexts(ImmutableArray<Token> tokens, int start, int end)
    {
        var length = end - start - 1;
        for (var k = start; k < end; k++)
        {
            length += tokens[k].Text.Length;
        }

        return string.Create(length, (tokens, start, end), static (destination, state) =>
        {
            var (tokens, start, end) = state;
            var position = 0;
            for (var k = start; k < end; k++)
            {
                if (k > start)
                {
                    destination[position++] = ' ';
                }

                tokens[k].Text.CopyTo(destination[position..]);
                position += tokens[k].Text.Length;
            }
        });
    }

    /// <summary>The last word of a name: what follows its last space ("Yuri Ushakov" → "Ushakov").</summary>
    private static ReadOnlySpan<char> LastWord(string name) => name.AsSpan(name.LastIndexOf(' ') + 1);

    /// <summary>A person named in the text: where, by which name, of which country, and whether as a sentence's subject.</summary>
    private sealed record NameInText(int Position, string Name, string? Country, bool IsSubject);

    /// <summary>A resolved phrase: the speaker meant, and the other readings of a garbled one.</summary>
    private sealed record Reading(Speaker Speaker, ImmutableArray<Speaker> Alternatives);

    /// <summary>What resolution knows of one article as it reads on: who has spoken, and every name seen.</summary>
    private sealed class ArticleContext(SourceText text, List<NameInText> namesInText, WordMemo words)
    {
        private readonly List<Antecedent> _antecedents = [];
        private readonly Dictionary<string, Speaker> _symbols = new(StringComparer.Ordinal);

        public SourceText Text { get; } = text;

        /// <summary>The article's memo of what the lexicons say of each word and name.</summary>
        public WordMemo Words { get; } = words;

        public List<Diagnostic> Diagnostics { get; } = [];

        /// <summary>The article's one symbol for <paramref name="speaker"/>'s name, merging what is learnt of it.</summary>
        public Speaker Remember(Speaker speaker)
        {
            var merged = _symbols.TryGetValue(speaker.Name, out var known) ? known.Merge(speaker) : speaker;
            _symbols[speaker.Name] = merged;
            return merged;
        }

        public Speaker Named(string name, SpeakerKind kind) => Remember(new Speaker(name, kind));

        public void Spoke(int position, Speaker speaker) => _antecedents.Add(new Antecedent(position, speaker, true));

        public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments) =>
            Diagnostics.Add(descriptor.Create(Location.In(Text, span), arguments));

        /// <summary>The last person before <paramref name="before"/> who spoke or was the subject of a sentence, of <paramref name="country"/> if given.</summary>
        public Speaker? LatestPerson(int before, string? country)
        {
            // The first of the latest, as MaxBy picks.
            Antecedent? speaker = null;
            foreach (var antecedent in _antecedents)
            {
                if (antecedent.Position < before && antecedent.Speaker.Kind == SpeakerKind.Person && Fits(antecedent.Speaker.Country, country)
                    && (speaker is null || antecedent.Position > speaker.Position))
                {
                    speaker = antecedent;
                }
            }

            NameInText? subject = null;
            foreach (var name in namesInText)
            {
                if (name.IsSubject && name.Position < before && Fits(name.Country, country) && (subject is null || name.Position > subject.Position))
                {
                    subject = name;
                }
            }

            if (subject is not null && (speaker is null || subject.Position > speaker.Position))
            {
                return _symbols.GetValueOrDefault(subject.Name) ?? ByName(subject.Name, before) ?? new Speaker(subject.Name, SpeakerKind.Person, [subject.Name.Split(' ')[^1]], subject.Country);
            }

            return speaker is null ? null : _symbols.GetValueOrDefault(speaker.Speaker.Name) ?? speaker.Speaker;
        }

        public Speaker? LatestGroup(int before) => Latest(before, institution: false);

        public Speaker? LatestInstitution(int before) => Latest(before, institution: true);

        /// <summary>The last person of <paramref name="country"/> named anywhere before <paramref name="before"/>, speaker or not.</summary>
        public Speaker? LatestPersonOf(string country, int before)
        {
            NameInText? named = null;
            for (var i = namesInText.Count - 1; i >= 0 && named is null; i--)
            {
                var name = namesInText[i];
                if (name.Position < before && name.Country is not null && NameComparer.Same(name.Country, country))
                {
                    named = name;
                }
            }

            return named is null ? null : _symbols.GetValueOrDefault(named.Name) ?? new Speaker(named.Name, SpeakerKind.Person, [named.Name.Split(' ')[^1]], country);
        }

        /// <summary>Of several speakers a title fits ("the U.S. president"), the one the article names; null when none or several.</summary>
        public Speaker? NamedInText(IReadOnlyList<Speaker> candidates)
        {
            Speaker? named = null;
            foreach (var candidate in candidates)
            {
                if (_symbols.ContainsKey(candidate.Name) || namesInText.Exists(n => NameComparer.Same(n.Name, candidate.Name)))
                {
                    if (named is not null)
                    {
                        return null;
                    }

                    named = candidate;
                }
            }

            return named;
        }

        /// <summary>The fullest earlier name that ends with <paramref name="name"/>'s last word: "Ushakov" → "Yuri Ushakov".</summary>
        public Speaker? ByName(string name, int before)
        {
            var surname = LastWord(name);
            Speaker? known = null;
            foreach (var symbol in _symbols.Values)
            {
                // The first of the longest, as MaxBy picks.
                if (symbol.Kind == SpeakerKind.Person && symbol.Name.Length > name.Length && (known is null || symbol.Name.Length > known.Name.Length)
                    && LastWord(symbol.Name).Equals(surname, StringComparison.OrdinalIgnoreCase))
                {
                    known = symbol;
                }
            }

            if (known is not null)
            {
                return known;
            }

            // The first fuller name seen before the mention, else the first seen anywhere.
            NameInText? best = null;
            foreach (var seen in namesInText)
            {
                if (seen.Name.Length > name.Length && LastWord(seen.Name).Equals(surname, StringComparison.OrdinalIgnoreCase))
                {
                    best ??= seen;
                    if (seen.Position < before)
                    {
                        best = seen;
                        break;
                    }
                }
            }

            return best is null ? null : new Speaker(best.Name, SpeakerKind.Person, [surname.ToString()], best.Country);
        }

        /// <summary>True when a person of country <paramref name="own"/> may be the one of <paramref name="country"/> meant; either may be unknown.</summary>
        private static bool Fits(string? own, string? country) => country is null || own is null || NameComparer.Same(own, country);

        /// <summary>The last group, or institution, that spoke before <paramref name="before"/> (the first of the latest, as MaxBy picks).</summary>
        private Speaker? Latest(int before, bool institution)
        {
            Antecedent? latest = null;
            foreach (var antecedent in _antecedents)
            {
                var fits = institution ? antecedent.Speaker.Kind is SpeakerKind.Organization or SpeakerKind.Outlet : antecedent.Speaker.Kind == SpeakerKind.Group;
                if (antecedent.Position < before && fits && (latest is null || antecedent.Position > latest.Position))
                {
                    latest = antecedent;
                }
            }

            return latest?.Speaker is { } speaker ? _symbols.GetValueOrDefault(speaker.Name) ?? speaker : null;
        }
    }

    /// <summary>
    /// What the lexicons say of each word and name: the same names and role words come back sentence after sentence
    /// and article after article, and asking the gazetteer normalizes the text each time. One article at a time uses a
    /// memo (it is not thread-safe); the answers that depend on the publication date are kept for one date only. The
    /// questions are static lambdas over the memo, so that asking allocates nothing once the answer is known.
    /// </summary>
    private sealed class WordMemo(AttributionVocabulary vocabulary)
    {
        /// <summary>How many answers a memo keeps between articles: beyond this it starts afresh, so memory stays bounded.</summary>
        private const int MaxAnswers = 1 << 16;

        private readonly AttributionVocabulary _vocabulary = vocabulary;
        private DateOnly? _date;
        private readonly Dictionary<string, WordFacts> _words = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Speaker?> _speakers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, NameParts> _phrases = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Speaker?> _speakersOnDate = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<Speaker>> _allOnDate = new(StringComparer.Ordinal);

        /// <summary>Readies the memo for an article published on <paramref name="date"/>.</summary>
        public void StartArticle(DateOnly? date)
        {
            if (_words.Count + _speakers.Count + _phrases.Count > MaxAnswers)
            {
                _words.Clear();
                _speakers.Clear();
                _phrases.Clear();
            }

            if (date != _date || _speakersOnDate.Count + _allOnDate.Count > MaxAnswers)
            {
                _speakersOnDate.Clear();
                _allOnDate.Clear();
                _date = date;
            }
        }

        public bool IsRoleWord(string word) => Facts(word).IsRole;

        public string? CountryOfDemonym(string word) => Facts(word).Country;

        public Speaker? Find(string name) => Remember(_speakers, name, static (memo, n) => memo._vocabulary.Find(n));

        public NameParts Parse(string phrase) => Remember(_phrases, phrase, static (memo, p) => SpeakerResolver.Parse(p, memo));

        /// <summary>The one speaker the gazetteer knows <paramref name="name"/> as on the article's date.</summary>
        public Speaker? FindOnDate(string name) => Remember(_speakersOnDate, name, static (memo, n) => memo._vocabulary.Find(n, memo._date));

        /// <summary>Every speaker the gazetteer knows <paramref name="phrase"/> as on the article's date.</summary>
        public IReadOnlyList<Speaker> FindAllOnDate(string phrase) => Remember(_allOnDate, phrase, static (memo, p) => memo._vocabulary.FindAll(p, memo._date));

        /// <summary>Whether a word is a role word and the country it is the demonym of: names are read word by word asking both.</summary>
        private WordFacts Facts(string word) =>
            Remember(_words, word, static (memo, w) => new WordFacts(memo._vocabulary.IsRoleWord(w), memo._vocabulary.CountryOfDemonym(w)));

        private T Remember<T>(Dictionary<string, T> memo, string key, Func<WordMemo, string, T> ask)
        {
            if (!memo.TryGetValue(key, out var answer))
            {
                memo[key] = answer = ask(this, key);
            }

            return answer;
        }

        /// <summary>What the gazetteer says of one word.</summary>
        private readonly record struct WordFacts(bool IsRole, string? Country);
    }
}
