using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dicta.Extraction.Quotations;
using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Extraction.Attribution;

/// <summary>
/// Cuts a span of an article into <see cref="Token"/>s: words (with inner apostrophes, hyphens and the dots of
/// abbreviations such as U.S.), punctuation, dashes and the quotation marks the quote scanner found.
/// </summary>
internal static class SentenceTokenizer
{
    /// <summary>The classes of the ASCII characters, computed once from the same rules as any other character's.</summary>
    private static readonly byte[] AsciiClasses = [.. Enumerable.Range(0, 128).Select(c => (byte)Classify((char)c))];

    /// <summary>
    /// Every sentence with its tokens and the outer quotations that overlap it. Sentences and quotations are both in
    /// text order, so one sweep pairs them.
    /// </summary>
    /// <param name="text">The article's text.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="quotations">Its quotations.</param>
    /// <param name="texts">The pool the token texts are taken from.</param>
    public static ImmutableArray<TokenizedSentence> TokenizeAll(SourceText text, ImmutableArray<Sentence> sentences, QuotationScan quotations, TokenTextPool texts)
    {
        var outer = quotations.Quotations.Where(q => q.Depth == 0).OrderBy(q => q.Span.Start).ToList();
        var result = ImmutableArray.CreateBuilder<TokenizedSentence>(sentences.Length);
        var scratch = new Scratch(texts);
        var first = 0;
        foreach (var sentence in sentences)
        {
            while (first < outer.Count && outer[first].Span.End <= sentence.Span.Start)
            {
                first++;
            }

            scratch.Quotations.Clear();
            for (var i = first; i < outer.Count && outer[i].Span.Start < sentence.Span.End; i++)
            {
                if (outer[i].Span.OverlapsWith(sentence.Span))
                {
                    scratch.Quotations.Add(outer[i]);
                }
            }

            var quotes = ImmutableArray.Create(CollectionsMarshal.AsSpan(scratch.Quotations));
            result.Add(new TokenizedSentence(sentence, Tokenize(text, sentence.Span, quotes, scratch), quotes));
        }

        return result.MoveToImmutable();
    }

    /// <summary>The tokens of <paramref name="span"/>, marking which lie inside <paramref name="quotations"/>.</summary>
    private static ImmutableArray<Token> Tokenize(SourceText text, TextSpan span, ImmutableArray<Quotation> quotations, Scratch scratch)
    {
        var marks = scratch.Marks;
        marks.Clear();
        foreach (var quotation in quotations)
        {
            if (quotation.ContentSpan.Start > quotation.Span.Start)
            {
                marks.Add(quotation.Span.Start);
            }

            if (quotation.IsClosed && quotation.Span.End > quotation.ContentSpan.End)
            {
                marks.Add(quotation.Span.End - 1);
            }
        }

        var tokens = scratch.Tokens;
        tokens.Clear();
        var chars = text.AsSpan(span);
        var i = 0;
        while (i < chars.Length)
        {
            var c = chars[i];
            var classes = ClassesOf(c);
            if ((classes & CharClasses.Space) != 0)
            {
                i++;
                continue;
            }

            var start = span.Start + i;
            int length;
            TokenKind kind;
            // Most sentences have no quotation, and their tokens are spared the searches for marks and quotations.
            if (marks.Count > 0 && marks.Contains(start))
            {
                (length, kind) = (1, TokenKind.Quote);
            }
            else if ((classes & CharClasses.WordStart) != 0)
            {
                (length, kind) = (WordLength(chars[i..], marks, start), TokenKind.Word);
            }
            else if ((classes & CharClasses.Terminal) != 0)
            {
                length = 1;
                while (i + length < chars.Length && (ClassesOf(chars[i + length]) & CharClasses.Terminal) != 0)
                {
                    length++;
                }

                kind = TokenKind.Terminal;
            }
            else if (c is '–' or '—' || (c == '-' && (i + 1 >= chars.Length || (ClassesOf(chars[i + 1]) & CharClasses.Space) != 0)))
            {
                (length, kind) = (1, TokenKind.Dash);
            }
            else
            {
                (length, kind) = (1, TokenKind.Punctuation);
            }

            tokens.Add(new Token(start, kind, scratch.Texts.Get(chars.Slice(i, length)), kind != TokenKind.Quote && !quotations.IsEmpty && IsQuoted(new TextSpan(start, length), quotations)));
            i += length;
        }

        return ImmutableArray.Create(CollectionsMarshal.AsSpan(tokens));
    }

    /// <summary>
    /// The length of the word at the start of <paramref name="chars"/>: letters and digits, joined by an apostrophe,
    /// hyphen, dot, comma or slash when a letter or digit follows it ("China’s", "one-China", "218.2", "U.S.", "1,000").
    /// A trailing dot belongs to the word only after single letters ("U.S.", "J. Kennedy") so that sentence ends stay apart.
    /// </summary>
    private static int WordLength(ReadOnlySpan<char> chars, List<int> marks, int offset)
    {
        var length = 1;
        while (length < chars.Length)
        {
            var c = chars[length];
            var classes = ClassesOf(c);
            if ((classes & CharClasses.WordPart) != 0)
            {
                length++;
            }
            else if ((classes & CharClasses.Joiner) != 0 && length + 1 < chars.Length && (ClassesOf(chars[length + 1]) & CharClasses.LetterOrDigit) != 0
                && !marks.Contains(offset + length)
                && !(c == ',' && !(char.IsDigit(chars[length - 1]) && char.IsDigit(chars[length + 1]))))
            {
                length += 2;
            }
            else
            {
                break;
            }
        }

        // "U.S." and "U.N.": a dot after a single letter that follows a dot belongs to the abbreviation.
        if (length < chars.Length && chars[length] == '.' && length >= 3 && chars[length - 2] == '.')
        {
            length++;
        }

        return length;
    }

    /// <summary>What the tokenizer asks of <paramref name="c"/>: a table look-up for ASCII, the character's Unicode properties beyond.</summary>
    private static CharClasses ClassesOf(char c) => c < AsciiClasses.Length ? (CharClasses)AsciiClasses[c] : Classify(c);

    private static CharClasses Classify(char c) =>
        (char.IsWhiteSpace(c) ? CharClasses.Space : 0)
        | (char.IsLetterOrDigit(c) ? CharClasses.LetterOrDigit | CharClasses.WordStart | CharClasses.WordPart : 0)
        | (c is '$' or '£' or '€' or '#' or '@' ? CharClasses.WordStart : 0)
        | (c is '%' ? CharClasses.WordPart : 0)
        | (c is '.' or '?' or '!' or '…' ? CharClasses.Terminal : 0)
        | (c is '\'' or '’' or '-' or '.' or ',' or '/' or '&' ? CharClasses.Joiner : 0);

    private static bool IsQuoted(TextSpan span, ImmutableArray<Quotation> quotations)
    {
        foreach (var quotation in quotations)
        {
            if (quotation.Depth == 0 && quotation.ContentSpan.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the tokenizer needs to know of a character; a character may be in several classes.</summary>
    [Flags]
    private enum CharClasses : byte
    {
        /// <summary>White space, between tokens.</summary>
        Space = 1,

        /// <summary>A letter or digit.</summary>
        LetterOrDigit = 2,

        /// <summary>What may start a word: a letter, a digit, or a currency, hash or at sign.</summary>
        WordStart = 4,

        /// <summary>What continues a word on its own: a letter, a digit, or a per cent sign.</summary>
        WordPart = 8,

        /// <summary>A sentence-ending mark.</summary>
        Terminal = 16,

        /// <summary>What joins two parts of a word when a letter or digit follows: apostrophes, hyphens, dots, commas, slashes, ampersands.</summary>
        Joiner = 32,
    }

    /// <summary>
    /// What tokenizing one article reuses from sentence to sentence: the buffers of a sentence's quotations, quotation
    /// marks and tokens, and the pool of token texts.
    /// </summary>
    /// <param name="texts">The pool of token texts.</param>
    private sealed class Scratch(TokenTextPool texts)
    {
        /// <summary>The outer quotations that touch the sentence.</summary>
        public List<Quotation> Quotations { get; } = [];

        /// <summary>The offsets of the sentence's quotation marks: a few at most, so a list beats a set.</summary>
        public List<int> Marks { get; } = [];

        /// <summary>The sentence's tokens so far (room for a long sentence from the start: growing costs more).</summary>
        public List<Token> Tokens { get; } = new(capacity: 64);

        /// <summary>The token texts.</summary>
        public TokenTextPool Texts { get; } = texts;
    }
}
