using System.Collections.Immutable;

namespace Dicta.Extraction.Attribution;

/// <summary>
/// Finds speech-act cues among a sentence's tokens outside quotations: cue verbs from the cue lexicon in their
/// finite and participle forms, "according to", and the "quoted … as saying" constructions. A cue word used as a noun
/// ("the call", "his remarks") or as an infinitive ("agreed to say") is not a cue.
/// </summary>
internal sealed class CueFinder(AttributionVocabulary vocabulary, PhraseFinder phrases)
{
    /// <summary>The cues of the sentence, in order.</summary>
    public ImmutableArray<Cue> Find(ImmutableArray<Token> tokens)
    {
        // Most sentences have no cue and most others one: a builder is made only for a second.
        Cue? first = null;
        ImmutableArray<Cue>.Builder? cues = null;
        var i = 0;
        while (i < tokens.Length)
        {
            var cue = CueAt(tokens, i);
            if (cue is null)
            {
                i++;
                continue;
            }

            if (cues is not null)
            {
                cues.Add(cue);
            }
            else if (first is null)
            {
                first = cue;
            }
            else
            {
                cues = ImmutableArray.CreateBuilder<Cue>();
                cues.Add(first);
                cues.Add(cue);
            }

            i = cue.End;
        }

        return cues is not null ? cues.ToImmutable() : first is null ? [] : [first];
    }

    private Cue? CueAt(ImmutableArray<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Word || token.Quoted)
        {
            return null;
        }

        if (token.Is("according") && i + 1 < tokens.Length && tokens[i + 1].Is("to"))
        {
            return new Cue(CueShape.AccordingTo, i, i + 2, TakesAddressee: false);
        }

        if (token.Is("quoted"))
        {
            return QuotedCue(tokens, i);
        }

        // A capitalized word inside a sentence is a name, not a verb (see IsVerbUse): no need to ask the lexicon.
        if ((i > 0 && token.IsCapitalized) || !vocabulary.TryGetCue(token.Text, out var verb) || !IsVerbUse(tokens, i))
        {
            return null;
        }

        if (verb.IsParticiple && !OpensParticiple(tokens, i))
        {
            return null;
        }

        var shape = verb.IsParticiple ? CueShape.Participle : CueShape.Verb;
        var end = i + 1;
        if (verb.Verb.RequiresParticle && !(end < tokens.Length && AttributionVocabulary.ContinuesCue(verb, tokens[end].Text)))
        {
            return null;
        }

        // A verb that takes a fixed complement is read with it: "expressed appreciation", "pointing to", "sounded the alarm".
        while (end < tokens.Length && AttributionVocabulary.ContinuesCue(verb, tokens[end].Text))
        {
            end++;
        }

        return new Cue(shape, i, end, verb.TakesAddressee);
    }

    /// <summary>"X quoted Y as saying …" (active) or "Y was quoted (by X) as saying …" (passive).</summary>
    private Cue? QuotedCue(ImmutableArray<Token> tokens, int i)
    {
        var before = i - 1;
        while (before >= 0 && WordClasses.IsAdverb(tokens[before]))
        {
            before--;
        }

        var passive = before >= 0 && tokens[before].IsAny(WordClasses.Auxiliaries);
        var next = i + 1;
        Phrase? channel = null;
        Phrase? speaker = null;
        if (passive)
        {
            if (next < tokens.Length && tokens[next].Is("by"))
            {
                channel = phrases.Forward(tokens, next + 1, tokens.Length);
                next = channel?.End ?? next + 1;
            }
        }
        else
        {
            speaker = phrases.Forward(tokens, next, tokens.Length);
            if (speaker is null)
            {
                return null;
            }

            next = speaker.End;
        }

        if (next + 1 >= tokens.Length || !tokens[next].Is("as") || !vocabulary.TryGetCue(tokens[next + 1].Text, out var verb) || !verb.IsParticiple)
        {
            return null;
        }

        var start = passive ? before : i;
        return new Cue(passive ? CueShape.PassiveQuoted : CueShape.QuotedAs, start, next + 2, verb.TakesAddressee, speaker, channel);
    }

    /// <summary>
    /// False where the cue word is a noun or an infinitive: after a determiner or possessive ("the call", "his remarks"),
    /// after "to" ("agreed to say"), capitalized inside a sentence (a name), or a past participle after "be".
    /// </summary>
    private bool IsVerbUse(ImmutableArray<Token> tokens, int i)
    {
        var token = tokens[i];
        if (i > 0 && token.IsCapitalized)
        {
            return false;
        }

        if (i == 0)
        {
            return true;
        }

        // "did not mention", "never said": a negated speech act reports nothing said; "would explain", "will say":
        // one still to come reports nothing yet.
        for (var j = i - 1; j >= 0 && (tokens[j].IsAny(WordClasses.Auxiliaries) || WordClasses.IsAdverb(tokens[j]) || tokens[j].IsAny(WordClasses.Modals)); j--)
        {
            if (tokens[j].Is("not") || tokens[j].Is("never") || tokens[j].IsAny(WordClasses.Modals))
            {
                return false;
            }
        }

        // "state broadcaster", "report said", "states of": a cue word that modifies a noun, precedes a verb or takes
        // "of" is a noun itself.
        if (i + 1 < tokens.Length && tokens[i + 1].IsLowercase && (tokens[i + 1].IsAny(WordClasses.InstitutionNouns) || IsFiniteCue(tokens[i + 1]) || tokens[i + 1].Is("of"))
            && vocabulary.TryGetCue(token.Text, out var cue) && cue.MayBeNoun)
        {
            return false;
        }

        var previous = tokens[i - 1];
        if (previous.IsAny(WordClasses.Determiners) || previous.IsPossessive || previous.Is("to") || previous.Is("of"))
        {
            return false;
        }

        // "has been criticised", "was denied": passives do not name their speaker as subject.
        return !(previous.Is("been") || previous.Is("be") || ((previous.Is("was") || previous.Is("were") || previous.Is("is") || previous.Is("are")) && token.Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase)));
    }

    private bool IsFiniteCue(Token token) =>
        token.IsLowercase && vocabulary.TryGetCue(token.Text, out var cue) && !cue.IsParticiple;

    /// <summary>
    /// True where an -ing form opens a participle clause: at the start of the sentence, after a comma, or after
    /// "while", "and", "by" and the like ("…, saying", "while acknowledging"); not inside a verb phrase ("to avoid
    /// publicly criticizing").
    /// </summary>
    private static bool OpensParticiple(ImmutableArray<Token> tokens, int i)
    {
        var j = i - 1;
        while (j >= 0 && WordClasses.IsAdverb(tokens[j]))
        {
            j--;
        }

        return j < 0 || tokens[j].IsMark(',') || tokens[j].IsMark(':') || tokens[j].Kind == TokenKind.Dash || tokens[j].IsAny(WordClasses.ParticipleOpeners);
    }
}
