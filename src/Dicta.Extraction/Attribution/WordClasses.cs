using System.Collections.Frozen;

namespace Dicta.Extraction.Attribution;

/// <summary>
/// The closed classes of English words that attribution reads sentence structure from: determiners, pronouns,
/// auxiliaries, adverbs and prepositions. These are grammar, not vocabulary, so they live in code; the open classes
/// (cue verbs, role words, names) come from the lexicons that users can extend.
/// </summary>
internal static class WordClasses
{
    /// <summary>Words that open a noun phrase: "the", "his", "its".</summary>
    public static FrozenSet<string> Determiners { get; } = Set("the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "both", "another");

    /// <summary>Personal pronouns that can be the subject of a speech act.</summary>
    public static FrozenSet<string> SubjectPronouns { get; } = Set("he", "she", "they", "it", "we", "i");

    /// <summary>Personal pronouns as objects: "quoted him as saying", "told them".</summary>
    public static FrozenSet<string> ObjectPronouns { get; } = Set("him", "her", "them", "it", "us", "me");

    /// <summary>Auxiliaries and negation between a subject and its verb: "has announced", "did not mention".</summary>
    public static FrozenSet<string> Auxiliaries { get; } = Set(
        "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "did", "does", "do", "will", "would",
        "could", "can", "may", "might", "should", "must", "shall", "not", "never");

    /// <summary>Adverbs that stand between a subject and its verb or after the verb: "also", "reportedly".</summary>
    public static FrozenSet<string> Adverbs { get; } = Set(
        "also", "reportedly", "later", "earlier", "again", "further", "previously", "repeatedly", "frequently", "recently",
        "then", "meanwhile", "once", "publicly", "separately", "still", "even", "already", "often", "just", "now", "too",
        "defiantly", "firmly", "openly", "privately", "directly", "explicitly", "clearly", "strongly", "flatly", "simply",
        "yesterday", "today", "tonight");

    /// <summary>Words that open an adverbial phrase after a verb: "said on Thursday", "said after the talks".</summary>
    public static FrozenSet<string> Prepositions { get; } = Set(
        "on", "at", "in", "after", "before", "during", "without", "when", "last", "this", "late", "early", "to", "from",
        "with", "by", "via", "through", "over", "amid", "about", "of", "following", "ahead", "since", "as", "while", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later", "again", "also");

    /// <summary>Lower-case words that may stand inside a name phrase: "State Department spokesman Ned Price", "China's head of state".</summary>
    public static FrozenSet<string> PhraseJoiners { get; } = Set("of", "for", "and", "&", "de", "al", "bin", "van", "von", "der", "la", "le");

    /// <summary>Lower-case head nouns of institutional phrases: "the foreign ministry", "state media", "customs data".</summary>
    public static FrozenSet<string> InstitutionNouns { get; } = Set(
        "ministry", "department", "office", "government", "media", "broadcaster", "agency", "paper", "newspaper",
        "outlet", "daily", "television", "radio", "channel", "network", "customs", "data", "readout", "statement",
        "report", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "official", "officials",
        "leader", "leaders", "president", "presidents", "minister", "ministers", "secretary", "envoy", "ambassador",
        "diplomat", "diplomats", "chief", "head", "state", "state-run", "state-owned", "news", "foreign", "defense",
        "defence", "security", "council", "party", "pair", "two", "sides", "countries", "nations", "allies",
        "counterpart", "ruler", "premier", "chancellor", "representative", "representatives", "analysts", "experts",
        "military", "army", "embassy", "commission", "committee", "parliament", "lawmakers", "senator", "general",
        "prime", "deputy", "assistant", "under", "senior", "top", "former", "acting", "national", "communist", "public",
        "authorities", "administration", "regime", "kremlin", "spokespeople", "staff", "press", "service");

    /// <summary>Prepositions that, after an addressee, open what was said: "thanked Putin for …", "accused China of …".</summary>
    public static FrozenSet<string> ObjectPrepositions { get; } = Set("for", "of", "against", "about", "over");

    /// <summary>Nouns that make adverbial phrases with "in": "in turn", "in response".</summary>
    public static FrozenSet<string> InPhrases { get; } = Set("turn", "response", "return", "reply", "particular", "addition");

    /// <summary>Relative pronouns, which open a clause about a noun rather than what was said.</summary>
    public static FrozenSet<string> Relatives { get; } = Set("which", "who", "whom", "whose", "where", "that");

    /// <summary>Modal verbs: a speech act after one ("would explain", "will say") has not happened yet.</summary>
    public static FrozenSet<string> Modals { get; } = Set("would", "will", "could", "can", "may", "might", "should", "must", "shall", "'ll", "’ll");

    /// <summary>Nouns of time that, with "last", "this", "on" or alone, stand between a subject and its verb: "the White House last week said".</summary>
    public static FrozenSet<string> TimeNouns { get; } = Set(
        "week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "day", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
        "july", "august", "september", "october", "november", "december", "time");

    /// <summary>Words that modify a time noun: "last week", "earlier this month", "on Thursday".</summary>
    public static FrozenSet<string> TimeModifiers { get; } = Set("last", "this", "next", "earlier", "later", "on", "that", "same", "the", "in", "early", "late", "mid");

    /// <summary>Words that begin a sentence without being part of its subject: "But", "However".</summary>
    public static FrozenSet<string> Connectives { get; } = Set("but", "and", "however", "meanwhile", "still", "yet", "so", "also", "instead", "separately");

    /// <summary>Conjunctions and prepositions that may introduce a participle cue: ", while acknowledging", "by saying".</summary>
    public static FrozenSet<string> ParticipleOpeners { get; } = Set("while", "and", "by", "before", "after", "when", "also", "in", "as");

    /// <summary>Audiences that are not addressees: "told reporters", "told a briefing".</summary>
    public static FrozenSet<string> Audiences { get; } = Set(
        "reporters", "journalists", "briefing", "media", "press", "audience", "lawmakers", "parliament", "conference",
        "interview", "meeting", "summit", "forum", "crowd", "supporters", "students", "news", "television", "tv", "radio",
        "conferences", "briefings", "correspondents", "broadcaster", "outlets", "newspaper", "viewers", "delegates");

    /// <summary>Lower-case particles inside personal names: "Ursula von der Leyen", "Charles de Gaulle".</summary>
    public static FrozenSet<string> NameParticles { get; } = Set("von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "al", "el", "ibn", "dos", "das");

    /// <summary>True for adverbs: the listed ones and any word ending in -ly.</summary>
    public static bool IsAdverb(Token token) =>
        token.Kind == TokenKind.Word && (token.IsAny(Adverbs) || (token.IsLowercase && token.Text.Length > 4 && token.Text.EndsWith("ly", StringComparison.Ordinal)));

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
