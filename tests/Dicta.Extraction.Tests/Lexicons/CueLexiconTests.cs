using Dicta.Extraction.Lexicons;

namespace Dicta.Extraction.Tests.Lexicons;

public class CueLexiconTests
{
    private static readonly CueLexicon Default = CueLexicon.Default;

    [Fact]
    public void The_embedded_cues_load_without_diagnostics()
    {
        using var stream = typeof(CueLexicon).Assembly.GetManifestResourceStream("Dicta.Data.cues.json")!;
        var result = CueLexicon.Load(stream, "cues.json");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Default.Verbs.ToArray(), result.Lexicon.Verbs.ToArray());
    }

    [Theory]
    [InlineData("say", "say", VerbForms.Base)]
    [InlineData("says", "say", VerbForms.ThirdPersonSingular)]
    [InlineData("said", "say", VerbForms.Past | VerbForms.PastParticiple)]
    [InlineData("saying", "say", VerbForms.PresentParticiple)]
    [InlineData("Told", "tell", VerbForms.Past | VerbForms.PastParticiple)]
    [InlineData("tells", "tell", VerbForms.ThirdPersonSingular)]
    [InlineData("added", "add", VerbForms.Past | VerbForms.PastParticiple)]
    [InlineData("stresses", "stress", VerbForms.ThirdPersonSingular)]
    [InlineData("noting", "note", VerbForms.PresentParticiple)]
    [InlineData("denies", "deny", VerbForms.ThirdPersonSingular)]
    [InlineData("denied", "deny", VerbForms.Past | VerbForms.PastParticiple)]
    [InlineData("agreeing", "agree", VerbForms.PresentParticiple)]
    [InlineData("agreed", "agree", VerbForms.Past | VerbForms.PastParticiple)]
    [InlineData("echoes", "echo", VerbForms.ThirdPersonSingular)]
    [InlineData("echoed", "echo", VerbForms.Past | VerbForms.PastParticiple)]
    [InlineData("emphasised", "emphasise", VerbForms.Past | VerbForms.PastParticiple)]
    [InlineData("emphasizing", "emphasize", VerbForms.PresentParticiple)]
    [InlineData("criticised", "criticise", VerbForms.Past | VerbForms.PastParticiple)]
    [InlineData("criticizes", "criticize", VerbForms.ThirdPersonSingular)]
    [InlineData("wrote", "write", VerbForms.Past)]
    [InlineData("written", "write", VerbForms.PastParticiple)]
    [InlineData("admitted", "admit", VerbForms.Past | VerbForms.PastParticiple)]
    [InlineData("signalled", "signal", VerbForms.Past | VerbForms.PastParticiple)]
    [InlineData("signaled", "signal", VerbForms.Past | VerbForms.PastParticiple)]
    [InlineData("reaffirming", "reaffirm", VerbForms.PresentParticiple)]
    [InlineData("acknowledging", "acknowledge", VerbForms.PresentParticiple)]
    [InlineData("quoted", "quote", VerbForms.Past | VerbForms.PastParticiple)]
    public void Finds_every_inflection_of_a_cue_verb(string word, string lemma, VerbForms forms)
    {
        Assert.True(Default.TryGetVerb(word, out var match));
        Assert.Equal(lemma, match.Verb.Lemma);
        Assert.Equal(forms, match.Forms);
        Assert.True(Default.TryGetVerb(word.AsSpan(), out var spanMatch));
        Assert.Equal(match, spanMatch);
    }

    [Theory]
    [InlineData("met")]
    [InlineData("visited")]
    [InlineData("held")]
    [InlineData("launched")]
    [InlineData("talks")]
    [InlineData("sayings")]
    [InlineData("")]
    public void Plain_actions_and_non_words_are_not_cue_verbs(string word)
    {
        Assert.False(Default.TryGetVerb(word, out _));
    }

    [Theory]
    [InlineData("tell", true, null)]
    [InlineData("urge", true, null)]
    [InlineData("thank", true, null)]
    [InlineData("warn", true, null)]
    [InlineData("say", false, "to")]
    [InlineData("complain", false, "to")]
    [InlineData("stress", false, "to")]
    [InlineData("deny", false, null)]
    public void Knows_how_each_verb_names_its_addressee(string lemma, bool takesObject, string? preposition)
    {
        Assert.True(Default.TryGetVerb(lemma, out var match));
        Assert.Equal(takesObject, match.Verb.TakesObjectAddressee);
        Assert.Equal(preposition, match.Verb.AddresseePreposition);
    }

    [Fact]
    public void Some_verbs_are_cues_only_with_a_particle()
    {
        Assert.True(Default.TryGetVerb("pointing", out var point));
        Assert.True(point.Verb.RequiresParticle);
        Assert.Equal(["out", "to"], point.Verb.Particles.ToArray());
        Assert.True(Default.TryGetVerb("called", out var call));
        Assert.Contains("for", call.Verb.Particles);
        Assert.True(Default.TryGetVerb("said", out var say));
        Assert.False(say.Verb.RequiresParticle);
    }

    [Theory]
    [InlineData("statement", "statement")]
    [InlineData("Statements", "statement")]
    [InlineData("readout", "readout")]
    [InlineData("editorial", "editorial")]
    [InlineData("remarks", "remark")]
    [InlineData("comments", "comment")]
    [InlineData("interview", "interview")]
    [InlineData("briefing", "briefing")]
    [InlineData("speeches", "speech")]
    [InlineData("commentaries", "commentary")]
    public void Finds_noun_cues_singular_and_plural(string word, string noun)
    {
        Assert.True(Default.TryGetNoun(word, out var found));
        Assert.Equal(noun, found.Noun);
    }

    [Fact]
    public void Matches_the_longest_noun_cue_word_by_word()
    {
        string[] words = ["at", "a", "press", "conference", "in", "Moscow"];

        Assert.Equal(2, Default.MatchNoun(words, 2, out var noun));
        Assert.Equal("press conference", noun!.Noun);
        Assert.Equal(2, Default.MatchNoun(["joint", "statements"], 0, out var joint));
        Assert.Equal("joint statement", joint!.Noun);
        Assert.Equal(1, Default.MatchNoun(["statement"], 0, out _));
        Assert.Equal(0, Default.MatchNoun(words, 0, out _));
        Assert.Equal(0, Default.MatchNoun(words, 6, out _));
    }

    [Fact]
    public void According_to_introduces_a_source()
    {
        var phrase = Assert.Single(Default.PhrasesAnchoredAt("According"));

        Assert.Equal(CuePhraseKind.Attribution, phrase.Kind);
        Assert.Equal(0, phrase.Anchor);
        Assert.Equal(2, phrase.MatchRun(["according", "to", "the", "Kremlin"], 0, phrase.Anchor));
        Assert.Equal("source", phrase.Elements[2].Slot);
    }

    [Fact]
    public void Quoted_as_saying_is_matched_around_its_slots()
    {
        var phrase = Default.PhrasesAnchoredAt("quoted").Single(p => p.Pattern.StartsWith("{channel} quoted", StringComparison.Ordinal));
        string[] words = ["Xinhua", "quoted", "Xi", "as", "saying"];

        Assert.Equal(1, phrase.Anchor);
        Assert.Equal(1, phrase.MatchRun(words, 1, phrase.Anchor));
        var next = phrase.NextSlot(phrase.Anchor);
        Assert.Equal("speaker", phrase.Elements[next].Slot);
        Assert.Equal(2, phrase.MatchRun(words, 3, next + 1));
        Assert.Equal(-1, phrase.MatchRun(["as", "stating?"], 0, next + 1));
    }

    [Fact]
    public void The_passive_quotation_and_settings_are_phrases()
    {
        Assert.Contains(Default.PhrasesAnchoredAt("was"), p => p.Pattern.Contains("quoted as saying", StringComparison.Ordinal));
        var statement = Default.PhrasesAnchoredAt("in").First(p => p.Pattern.Contains("statement", StringComparison.Ordinal));
        Assert.Equal(CuePhraseKind.Setting, statement.Kind);
        Assert.Equal(4, statement.MatchRun(["in", "a", "joint", "statement"], 0, 0));
        Assert.Equal(3, statement.MatchRun(["in", "a", "statement"], 0, 0));
        Assert.Contains(Default.PhrasesAnchoredAt("told"), p => p.MatchRun(["told", "reporters"], 0, p.Anchor) == 2);
    }

    [Fact]
    public void Malformed_cue_entries_are_reported_and_skipped()
    {
        const string json = """
            {
              "verbs": [
                { "lemma": "whisper", "addressee": "to" },
                { "lemma": "two words" },
                { "past": "went" },
                { "lemma": "mutter", "past": 5 },
                { "lemma": "whisper" }
              ],
              "nouns": [ { "noun": "memo" }, { "noun": "!!" }, { "plural": "x" } ],
              "phrases": [
                { "pattern": "as {speaker} put it", "kind": "attribution" },
                { "pattern": "per {someone}" },
                { "pattern": "{speaker} {channel}" },
                { "pattern": "said so", "kind": "gossip" },
                { "pattern": "told op-ed" }
              ]
            }
            """;

        var result = CueLexicon.Parse(json, "cues.json");
        var found = result.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Start.Line + 1)).ToList();

        Assert.Contains(("DX0906", 4), found);
        Assert.Contains(("DX0904", 5), found);
        Assert.Contains(("DX0903", 6), found);
        Assert.Contains(("DX0907", 7), found);
        Assert.Contains(("DX0906", 9), found);
        Assert.Contains(("DX0904", 9), found);
        Assert.Contains(("DX0906", 12), found);
        Assert.Contains(("DX0906", 13), found);
        Assert.Contains(("DX0906", 14), found);
        Assert.Contains(("DX0906", 15), found);
        Assert.Equal(["whisper", "mutter"], result.Lexicon.Verbs.Select(v => v.Lemma));
        Assert.Null(Assert.Single(result.Lexicon.Verbs, v => v.Lemma == "whisper").Addressee);
        Assert.True(result.Lexicon.TryGetVerb("muttered", out _));
        Assert.Equal(["memo"], result.Lexicon.Nouns.Select(n => n.Noun));
        Assert.Equal(["as {speaker} put it"], result.Lexicon.Phrases.Select(p => p.Pattern));
    }

    [Fact]
    public void Extend_adds_cues_and_replaces_a_verb_of_the_same_lemma()
    {
        var extension = new CueLexicon(
            [new CueVerb("whisper", addressee: "to"), new CueVerb("say", past: ["said"], addressee: "object")],
            [new CueNoun("memo")],
            [CuePhrase.Parse("per {source}", CuePhraseKind.Attribution)]);

        var extended = Default.Extend(extension);

        Assert.True(extended.TryGetVerb("whispered", out _));
        Assert.True(extended.TryGetVerb("said", out var say));
        Assert.True(say.Verb.TakesObjectAddressee);
        Assert.True(extended.TryGetVerb("told", out _));
        Assert.True(extended.TryGetNoun("memos", out _));
        Assert.Single(extended.PhrasesAnchoredAt("per"));
        Assert.Equal(Default.Verbs.Length + 1, extended.Verbs.Length);
        Assert.False(Default.TryGetVerb("whispered", out _));
    }

    [Theory]
    [InlineData("per {nobody}")]
    [InlineData("{speaker}")]
    [InlineData("joint?")]
    [InlineData("op-ed said")]
    public void Malformed_patterns_are_rejected(string pattern)
    {
        Assert.False(CuePhrase.TryParse(pattern, CuePhraseKind.Setting, out _, out var error));
        Assert.NotEmpty(error);
    }
}
