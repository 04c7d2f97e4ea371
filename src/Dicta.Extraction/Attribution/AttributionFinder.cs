using System.Collections.Immutable;
using Dicta.Extraction.Quotations;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction.Attribution;

/// <summary>
/// Stage 5 of extraction: finds the statements of an article, sentence by sentence, from its speech-act cues and
/// quotations. For each cue it finds the speaker phrase (the verb's subject, the object of "according to", the Y of
/// "quoted Y as saying"), the addressee and channel, and the reported content (the verb's complement, or the quotation
/// or clause before an end-placed attribution). A quotation paragraph with no attribution carries the previous
/// statement's speaker forward. Speakers are resolved by the next stage.
/// </summary>
internal sealed class AttributionFinder
{
    private readonly AttributionVocabulary _vocabulary;
    private readonly PhraseFinder _phrases;
    private readonly CueFinder _cues;

    /// <summary>Creates the stage over the given cue and role vocabulary.</summary>
    public AttributionFinder(AttributionVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _phrases = new PhraseFinder(vocabulary);
        _cues = new CueFinder(vocabulary, _phrases);
    }

    /// <summary>The candidates of the article, in text order, with diagnostics for quotations nobody is said to have said.</summary>
    public (ImmutableArray<AttributionCandidate> Candidates, ImmutableArray<Diagnostic> Diagnostics) Find(
        SourceText text, ImmutableArray<Block> blocks, ImmutableArray<TokenizedSentence> sentences)
    {
        var candidates = ImmutableArray.CreateBuilder<AttributionCandidate>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var sentenceIndex = 0;
        int? previousBlockLast = null;
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Blank)
            {
                continue;
            }

            if (block.Kind is not (BlockKind.Paragraph or BlockKind.Standfirst))
            {
                previousBlockLast = null;
                continue;
            }

            int? blockLast = null;
            while (sentenceIndex < sentences.Length && sentences[sentenceIndex].Sentence.Span.Start < block.Span.End)
            {
                var (sentence, tokens, quotes) = sentences[sentenceIndex++];
                if (!block.Span.Contains(sentence.Span))
                {
                    continue;
                }

                var found = Analyse(tokens, quotes);
                if (found.Count > 0)
                {
                    foreach (var candidate in found)
                    {
                        candidates.Add(candidate);
                    }

                    blockLast = candidates.Count - 1;
                }
                else if (IsPureQuotation(tokens))
                {
                    var quoteSpan = TextSpan.FromBounds(tokens[0].Span.Start, LastQuoteEnd(tokens));
                    if (blockLast is { } last && candidates[last].Kind != StatementKind.Indirect)
                    {
                        candidates[last] = Extend(candidates[last], quoteSpan, quotes);
                    }
                    else if ((blockLast ?? previousBlockLast) is { } carried)
                    {
                        candidates.Add(new AttributionCandidate(StatementKind.Direct, quoteSpan, QuoteSpans(quoteSpan, quotes), null, null, null, null, carried));
                        blockLast = candidates.Count - 1;
                    }
                    else
                    {
                        diagnostics.Add(AttributionDiagnostics.QuoteWithoutSpeaker.Create(Location.In(text, quoteSpan)));
                    }
                }
            }

            previousBlockLast = blockLast;
        }

        return (candidates.ToImmutable(), diagnostics.ToImmutable());
    }

    private List<AttributionCandidate> Analyse(ImmutableArray<Token> tokens, ImmutableArray<Quotation> quotes)
    {
        var cues = _cues.Find(tokens);
        if (cues.IsEmpty)
        {
            return [];
        }

        var clauseStart = ClauseStart(tokens);
        var drafts = new List<Draft>();
        var according = new List<(Cue Cue, Phrase Phrase)>();
        foreach (var cue in cues)
        {
            if (cue.Shape == CueShape.AccordingTo)
            {
                if (AccordingPhrase(tokens, cue.End) is { } phrase)
                {
                    according.Add((cue, phrase));
                }

                continue;
            }

            if (Subject(tokens, cue) is { } draft)
            {
                drafts.Add(draft);
            }
        }

        // "According to X, …" opens the sentence: the clause proper starts after it.
        if (according.Count > 0 && according[0].Cue.Start == clauseStart && according[0].Phrase.End < tokens.Length && tokens[according[0].Phrase.End].IsMark(','))
        {
            clauseStart = according[0].Phrase.End + 1;
        }

        if (drafts.Count == 0)
        {
            return according.Select(a => AccordingStatement(tokens, quotes, a.Cue, a.Phrase, clauseStart)).OfType<AttributionCandidate>().ToList();
        }

        drafts = DeriveSubjects(tokens, drafts, clauseStart);
        var withContent = new List<Draft>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (WithContent(tokens, draft, clauseStart) is { } bounded)
            {
                withContent.Add(bounded);
            }
        }

        drafts = Nest(tokens, withContent);
        drafts = Clip(tokens, drafts);
        if (according.Count > 0)
        {
            var channel = according[0].Phrase;
            drafts = [.. drafts.Select(d => d.Via is null ? d with { Via = channel } : d)];
        }

        // One candidate per content: the first attribution of it stands.
        var candidates = new List<AttributionCandidate>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (ToCandidate(tokens, quotes, draft) is { } candidate && !HasContent(candidates, candidate.ContentSpan))
            {
                candidates.Add(candidate);
            }
        }

        return candidates;
    }

    private static bool HasContent(List<AttributionCandidate> candidates, TextSpan content)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.ContentSpan == content)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The speaker phrase of a cue and the tokens its attribution takes (the region that is not content).</summary>
    private Draft? Subject(ImmutableArray<Token> tokens, Cue cue)
    {
        switch (cue.Shape)
        {
            case CueShape.Participle:
                return new Draft(cue, null, Derived: true, cue.Start, cue.End);
            case CueShape.QuotedAs:
                var channel = _phrases.Backward(tokens, SkipBackward(tokens, cue.Start - 1));
                return new Draft(cue, cue.Speaker, Derived: false, channel?.Start ?? cue.Start, cue.End) { Via = channel };
            case CueShape.PassiveQuoted:
                var passiveSubject = SubjectBefore(tokens, cue.Start);
                return passiveSubject is null ? null : new Draft(cue, passiveSubject, Derived: false, passiveSubject.Start, cue.End) { Via = cue.Channel };
        }

        var j = SkipBackward(tokens, cue.Start - 1);
        if (j >= 0 && (tokens[j].Kind == TokenKind.Quote || (tokens[j].IsMark(',') && j > 0 && tokens[j - 1].Kind == TokenKind.Quote)))
        {
            if (_phrases.Inverted(tokens, cue.End, tokens.Length) is { } inverted)
            {
                return new Draft(cue, inverted, Derived: false, cue.Start, inverted.End);
            }
        }

        if (j >= 0 && (tokens[j].Is("but") || tokens[j].Is("and")))
        {
            return new Draft(cue, null, Derived: true, cue.Start, cue.End);
        }

        var subject = SubjectBefore(tokens, cue.Start);
        return subject is null ? null : new Draft(cue, subject, Derived: false, subject.Start, cue.End);
    }

    /// <summary>The subject phrase before token <paramref name="index"/>, across adverbs, auxiliaries and a relative "who".</summary>
    private Phrase? SubjectBefore(ImmutableArray<Token> tokens, int index)
    {
        var j = SkipBackward(tokens, index - 1);
        if (j < 0)
        {
            return null;
        }

        if (tokens[j].Is("who") || tokens[j].Is("which"))
        {
            // "Alexander Lukashenko, on Thursday, who was quoted": the antecedent is the name before the asides.
            var k = j - 1;
            while (k >= 0 && (tokens[k].Kind == TokenKind.Punctuation || tokens[k].IsAny(WordClasses.TimeNouns) || tokens[k].IsAny(WordClasses.TimeModifiers)))
            {
                k--;
            }

            return _phrases.Backward(tokens, k);
        }

        return _phrases.Backward(tokens, j);
    }

    /// <summary>Steps back over what may stand between a subject and its verb: adverbs, auxiliaries, time phrases ("last week").</summary>
    internal static int SkipBackward(ImmutableArray<Token> tokens, int j)
    {
        while (j >= 0)
        {
            if (WordClasses.IsAdverb(tokens[j]) || tokens[j].IsAny(WordClasses.Auxiliaries))
            {
                j--;
            }
            else if (j > 0 && tokens[j - 1].Is("in") && tokens[j].IsAny(WordClasses.InPhrases))
            {
                // "in turn", "in response", "in return": adverbial phrases between a subject and its verb.
                j -= 2;
            }
            else if (tokens[j].IsAny(WordClasses.TimeNouns) && (tokens[j].IsLowercase || (j > 0 && tokens[j - 1].IsAny(WordClasses.TimeModifiers))))
            {
                j--;
                while (j >= 0 && tokens[j].IsAny(WordClasses.TimeModifiers))
                {
                    j--;
                }
            }
            else
            {
                return j;
            }
        }

        return j;
    }

    /// <summary>Participles and coordinated verbs take the subject of their clause: the nearest explicit speaker before them, or the sentence's subject.</summary>
    private List<Draft> DeriveSubjects(ImmutableArray<Token> tokens, List<Draft> drafts, int clauseStart)
    {
        var result = new List<Draft>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (!draft.Derived)
            {
                result.Add(draft);
                continue;
            }

            var before = drafts.Take(i).LastOrDefault(d => !d.Derived && d.Subject is not null);
            var after = drafts.Skip(i + 1).FirstOrDefault(d => !d.Derived && d.Subject is not null);
            var subject = draft.Cue.Start <= clauseStart && after is not null
                ? after.Subject
                : before?.Subject ?? MainSubject(tokens, clauseStart) ?? after?.Subject;
            if (subject is not null)
            {
                var via = draft.Cue.Start <= clauseStart ? after?.Via : before?.Via;
                result.Add(draft with { Subject = subject, Via = draft.Via ?? via });
            }
        }

        return result;
    }

    /// <summary>The sentence's first name phrase, after an opening adverbial ("During the call, Xi and Putin …").</summary>
    private Phrase? MainSubject(ImmutableArray<Token> tokens, int clauseStart)
    {
        var start = clauseStart;
        if (start < tokens.Length && (tokens[start].IsAny(WordClasses.Prepositions) || tokens[start].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
        {
            var comma = IndexOf(tokens, start, t => t.IsMark(','));
            start = comma < 0 ? start : comma + 1;
        }

        return _phrases.Forward(tokens, start, tokens.Length);
    }

    /// <summary>Finds what was said: the complement after the cue, the clause or quotation before the attribution, or both around it.</summary>
    private Draft? WithContent(ImmutableArray<Token> tokens, Draft draft, int clauseStart)
    {
        var n = tokens.Length;
        var p = draft.RegionEnd;
        Phrase? addressee = null;
        if (draft.Cue.TakesAddressee && p < n)
        {
            (addressee, p) = Addressee(tokens, draft.Cue, p);
        }

        while (p < n && WordClasses.IsAdverb(tokens[p]))
        {
            p++;
        }

        int? afterStart = null;
        if (p < n)
        {
            var token = tokens[p];
            if (addressee is not null && token.IsAny(WordClasses.ObjectPrepositions))
            {
                // "thanked Putin for maintaining …", "accusing China's army of …": what follows the addressee is what was said.
                afterStart = p;
            }
            else if (token.Is("that") || token.IsMark(':'))
            {
                afterStart = p + 1;
            }
            else if (token.IsMark(','))
            {
                afterStart = p + 1 < n && tokens[p + 1].Kind == TokenKind.Quote ? p + 1 : null;
            }
            else if (token.Is("to") && p + 1 < n && tokens[p + 1].IsLowercase && !tokens[p + 1].IsAny(WordClasses.Determiners) && !tokens[p + 1].IsAny(WordClasses.Audiences))
            {
                // "agreed to extend …": an infinitive is what was agreed, not a place the words were said.
                afterStart = p;
            }
            else if (token.Kind == TokenKind.Word && token.IsAny(WordClasses.Prepositions))
            {
                var that = IndexOf(tokens, p, t => t.Is("that") || t.Kind != TokenKind.Word, limit: 12);
                afterStart = that >= 0 && tokens[that].Is("that") ? that + 1 : null;
            }
            else if (token.Kind is TokenKind.Word or TokenKind.Quote)
            {
                afterStart = p;
            }
        }

        if (afterStart >= n || (afterStart is { } a && tokens[a].Kind == TokenKind.Terminal))
        {
            afterStart = null;
        }

        var (beforeStart, beforeEnd) = Before(tokens, draft, clauseStart);
        var hasBefore = beforeEnd > beforeStart;
        var afterOpensQuote = afterStart is { } s && tokens[s].Kind == TokenKind.Quote;
        if (afterStart is { } start && (!hasBefore || !afterOpensQuote))
        {
            return draft with { Addressee = addressee, ContentStart = start, ContentEnd = n };
        }

        if (hasBefore)
        {
            return draft with { Addressee = addressee, ContentStart = beforeStart, ContentEnd = afterStart is null ? beforeEnd : n };
        }

        return null;
    }

    /// <summary>
    /// The addressee after a verb such as "told": a name phrase, unless it is an audience ("told reporters") or, for
    /// verbs that need no object, the subject of the reported clause ("warned Russia may …").
    /// </summary>
    private (Phrase? Addressee, int Next) Addressee(ImmutableArray<Token> tokens, Cue cue, int p)
    {
        var n = tokens.Length;
        // "told reporters", "told a news conference", "told state television": an audience, not an addressee.
        var q = p < n && tokens[p].IsAny(WordClasses.Determiners) ? p + 1 : p;
        var lastAudience = -1;
        for (var k = q; k < n && k < q + 4 && tokens[k].IsLowercase; k++)
        {
            if (tokens[k].IsAny(WordClasses.Audiences))
            {
                lastAudience = k;
            }
        }

        if (lastAudience >= 0)
        {
            return (null, lastAudience + 1);
        }

        var phrase = _phrases.Forward(tokens, p, n);
        if (phrase is null || FirstWordIs(tokens, phrase, "that"))
        {
            return (null, p);
        }

        var objectLike = phrase.End >= n || tokens[phrase.End] is var next && (next.Kind != TokenKind.Word || next.Is("that") || next.IsAny(WordClasses.Prepositions) || next.Is("for") || next.Is("against") || next.Is("about"));
        return objectLike || _vocabulary.AlwaysTakesAddressee(tokens[cue.Start].Text) ? (phrase, phrase.End) : (null, p);
    }

    private static bool FirstWordIs(ImmutableArray<Token> tokens, Phrase phrase, string word) => tokens[phrase.Start].Is(word);

    /// <summary>The tokens before the attribution that hold what was said: from the clause start up to the speaker phrase.</summary>
    private static (int Start, int End) Before(ImmutableArray<Token> tokens, Draft draft, int clauseStart)
    {
        if (draft.Derived)
        {
            return (0, 0);
        }

        var end = draft.RegionStart;
        while (end > clauseStart && (tokens[end - 1].IsMark(',') || tokens[end - 1].Kind == TokenKind.Dash))
        {
            end--;
        }

        // Only an attribution set off from what precedes it ("…,” he said", "…, Ushakov said") has its content before it.
        var setOff = draft.RegionStart > 0 && tokens[draft.RegionStart - 1] is var previous
            && (previous.IsMark(',') || previous.Kind is TokenKind.Quote or TokenKind.Dash);
        return setOff && end > clauseStart ? (clauseStart, end) : (0, 0);
    }

    /// <summary>
    /// Reported speech inside reported speech: when a statement's content opens with another attribution ("CCTV
    /// reported that Xi said …", "Putin and Xi stressed that …, Ushakov said"), the inner one is the statement and the
    /// outer speaker its channel. An inner attribution by a pronoun ("Putin said he would explain …") is the outer
    /// speaker's own, and stays part of the outer content.
    /// </summary>
    private static List<Draft> Nest(ImmutableArray<Token> tokens, List<Draft> drafts)
    {
        // Most sentences have one attribution, and one cannot nest in itself.
        if (drafts.Count < 2)
        {
            return drafts;
        }

        var outers = new HashSet<Draft>();
        var absorbed = new HashSet<Draft>();
        var result = new List<Draft>();
        foreach (var inner in drafts)
        {
            var outer = drafts.FirstOrDefault(o => !ReferenceEquals(o, inner) && o.ContentStart < o.ContentEnd
                && o.ContentStart <= Anchor(inner) && Anchor(inner) <= o.ContentStart + 1 && inner.RegionEnd <= o.ContentEnd);
            if (outer is null)
            {
                result.Add(inner);
            }
            else if (inner.Subject is { } subject && subject.End - subject.Start == 1 && PhraseFinder.IsPronoun(tokens[subject.Start]))
            {
                absorbed.Add(inner);
            }
            else
            {
                outers.Add(outer);
                result.Add(inner with { Via = inner.Via ?? outer.Subject });
            }
        }

        return [.. result.Where(d => !outers.Contains(d) && !absorbed.Contains(d))];
    }

    /// <summary>Where an attribution starts: its subject when that comes first, else its cue.</summary>
    private static int Anchor(Draft draft) =>
        draft.Subject is { } subject && subject.Start < draft.RegionStart ? subject.Start : draft.RegionStart;

    /// <summary>Ends each content where another attribution of the sentence begins, so that cues do not swallow each other.</summary>
    private static List<Draft> Clip(ImmutableArray<Token> tokens, List<Draft> drafts) => drafts.Count < 2 ? drafts :
    [
        .. drafts.Select(draft =>
        {
            var end = draft.ContentEnd;
            foreach (var other in drafts)
            {
                if (!ReferenceEquals(other, draft) && other.RegionStart > draft.ContentStart && other.RegionStart < end)
                {
                    end = other.RegionStart;
                }
            }

            if (end < draft.ContentEnd)
            {
                // What stood before the next attribution and is not content: "in turn", "in which", a comma.
                end = Math.Max(draft.ContentStart, SkipBackward(tokens, end - 1) + 1);
                while (end > draft.ContentStart && (IsClauseBoundary(tokens, end - 1) || tokens[end - 1].IsAny(WordClasses.Relatives) || tokens[end - 1].Is("in")))
                {
                    end--;
                }
            }

            return end == draft.ContentEnd ? draft : draft with { ContentEnd = end };
        }),
    ];

    private static bool IsClauseBoundary(ImmutableArray<Token> tokens, int index) =>
        index >= 0 && (tokens[index].IsMark(',') || tokens[index].IsMark(';') || tokens[index].Kind == TokenKind.Dash
            || tokens[index].Is("while") || tokens[index].Is("and") || tokens[index].Is("but") || tokens[index].Is("by"));

    /// <summary>A sentence whose only cue is "according to X": X said the rest of it.</summary>
    private static AttributionCandidate? AccordingStatement(ImmutableArray<Token> tokens, ImmutableArray<Quotation> quotes, Cue cue, Phrase phrase, int clauseStart)
    {
        int start, end;
        if (cue.Start < clauseStart)
        {
            (start, end) = (clauseStart, tokens.Length);
        }
        else
        {
            (start, end) = (clauseStart, cue.Start);
        }

        var draft = new Draft(cue, phrase, Derived: false, cue.Start, phrase.End) { ContentStart = start, ContentEnd = end };
        return ToCandidate(tokens, quotes, Clip(tokens, [draft])[0]);
    }

    /// <summary>The speaker after "according to": the phrase, or the source in "a readout from X".</summary>
    private Phrase? AccordingPhrase(ImmutableArray<Token> tokens, int start)
    {
        var n = tokens.Length;
        var q = start;
        while (q < n && (tokens[q].IsAny(WordClasses.Determiners) || (tokens[q].IsLowercase && !tokens[q].Is("from") && q - start < 3)))
        {
            q++;
        }

        if (q < n && tokens[q].Is("from"))
        {
            return _phrases.Forward(tokens, q + 1, n);
        }

        return _phrases.Forward(tokens, start, n);
    }

    private static AttributionCandidate? ToCandidate(ImmutableArray<Token> tokens, ImmutableArray<Quotation> quotes, Draft draft)
    {
        var end = draft.ContentEnd;
        while (end > draft.ContentStart && IsTrailing(tokens[end - 1]))
        {
            end--;
        }

        if (end <= draft.ContentStart || draft.Subject is null)
        {
            return null;
        }

        // What was said: the content's tokens outside the attribution.
        var (attributionStart, attributionEnd) = (draft.RegionStart, Math.Max(draft.RegionEnd, draft.Addressee?.End ?? 0));
        var hasQuote = false;
        var unquotedWords = 0;
        for (var i = draft.ContentStart; i < end; i++)
        {
            if (i >= attributionStart && i < attributionEnd)
            {
                continue;
            }

            var token = tokens[i];
            hasQuote |= token.Kind == TokenKind.Quote || token.Quoted;
            if (token.Kind == TokenKind.Word && !token.Quoted && !token.Is("that"))
            {
                unquotedWords++;
            }
        }

        var kind = !hasQuote ? StatementKind.Indirect : unquotedWords == 0 ? StatementKind.Direct : StatementKind.Partial;
        var startToken = draft.ContentStart;
        if (kind == StatementKind.Direct)
        {
            while (startToken < end && tokens[startToken].Kind != TokenKind.Quote)
            {
                startToken++;
            }
        }

        var content = TextSpan.FromBounds(tokens[startToken].Span.Start, tokens[end - 1].Span.End);
        var cueSpan = TextSpan.FromBounds(tokens[draft.Cue.Start].Span.Start, tokens[draft.Cue.End - 1].Span.End);
        return new AttributionCandidate(kind, content, QuoteSpans(content, quotes), cueSpan, draft.Subject.Span, draft.Addressee?.Span, draft.Via?.Span, null);
    }

    /// <summary>Punctuation that ends a clause but is not part of what was said: a final full stop or comma outside quotation marks.</summary>
    private static bool IsTrailing(Token token) =>
        !token.Quoted && token.Kind is TokenKind.Terminal or TokenKind.Punctuation or TokenKind.Dash;

    /// <summary>Where the clause starts: after a connective ("But"), or a dateline opening the paragraph ("(CNSNews.com) –").</summary>
    internal static int ClauseStart(ImmutableArray<Token> tokens)
    {
        var start = 0;
        if (tokens.Length > 2 && tokens[0].IsMark('('))
        {
            var close = IndexOf(tokens, 0, t => t.IsMark(')'), limit: 8);
            if (close > 0 && close + 1 < tokens.Length && tokens[close + 1].Kind == TokenKind.Dash)
            {
                start = close + 2;
            }
        }

        while (start < tokens.Length && tokens[start].IsAny(WordClasses.Connectives) && start + 1 < tokens.Length && !tokens[start + 1].Is("and"))
        {
            start++;
            if (start < tokens.Length && tokens[start].IsMark(','))
            {
                start++;
            }
        }

        // An opening adverbial ("During the call on Thursday, …", "Speaking last week, …") is not what was said.
        if (start < tokens.Length && (tokens[start].IsAny(WordClasses.Prepositions) || (tokens[start].IsCapitalized && tokens[start].Text.EndsWith("ing", StringComparison.Ordinal)))
            && !tokens[start].Is("according"))
        {
            var comma = IndexOf(tokens, start, t => t.IsMark(',') || t.Kind == TokenKind.Quote, limit: 16);
            if (comma > start && tokens[comma].IsMark(','))
            {
                start = comma + 1;
            }
        }

        return start;
    }

    private static bool IsPureQuotation(ImmutableArray<Token> tokens) =>
        tokens.Length > 1 && tokens[0].Kind == TokenKind.Quote
        && tokens.All(t => t.Quoted || t.Kind is TokenKind.Quote or TokenKind.Terminal)
        && tokens.Any(t => t.Kind == TokenKind.Word);

    private static int LastQuoteEnd(ImmutableArray<Token> tokens) =>
        tokens.Last(t => t.Kind == TokenKind.Quote || t.Quoted).Span.End;

    private static AttributionCandidate Extend(AttributionCandidate candidate, TextSpan more, ImmutableArray<Quotation> quotes)
    {
        var content = candidate.ContentSpan.Cover(more);
        return candidate with { ContentSpan = content, QuoteSpans = [.. candidate.QuoteSpans.Concat(QuoteSpans(more, quotes)).Distinct().Order()] };
    }

    private static ImmutableArray<TextSpan> QuoteSpans(TextSpan content, ImmutableArray<Quotation> quotes)
    {
        var spans = ImmutableArray.CreateBuilder<TextSpan>(quotes.Length);
        foreach (var quote in quotes)
        {
            if (quote.ContentSpan.Overlap(content) is { IsEmpty: false } overlap)
            {
                spans.Add(overlap);
            }
        }

        return spans.ToImmutable();
    }

    private static int IndexOf(ImmutableArray<Token> tokens, int from, Func<Token, bool> predicate, int limit = int.MaxValue)
    {
        for (var i = from; i < tokens.Length && i - from < limit; i++)
        {
            if (predicate(tokens[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A cue being read: its speaker phrase, the tokens of its attribution, and (once found) its content.</summary>
    private sealed record Draft(Cue Cue, Phrase? Subject, bool Derived, int RegionStart, int RegionEnd)
    {
        public Phrase? Addressee { get; init; }

        public Phrase? Via { get; init; }

        public int ContentStart { get; init; }

        public int ContentEnd { get; init; }
    }
}
