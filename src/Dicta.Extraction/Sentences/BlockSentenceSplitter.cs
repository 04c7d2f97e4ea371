using System.Buffers;
using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Extraction.Sentences;

/// <summary>Finds the sentence boundaries of one body block, in one pass over its characters.</summary>
internal readonly ref struct BlockSentenceSplitter
{
    // How far the splitter looks around a period for the word it ends; longer runs are never abbreviations, which
    // keeps the work per period bounded on very long lines.
    private const int MaxWord = 64;

    /// <summary>The characters that may end a sentence, for finding the next one (vectorized).</summary>
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".?!…");

    private readonly ReadOnlySpan<char> _chars;
    private readonly int _offset;
    private readonly QuotationIndex _quotes;

    /// <summary>Prepares to split the block text <paramref name="chars"/>, which starts at <paramref name="offset"/> in the article.</summary>
    /// <param name="chars">The block's text, from its first to its last non-space character.</param>
    /// <param name="offset">Where <paramref name="chars"/> starts in the article's text.</param>
    /// <param name="quotes">The article's quotations.</param>
    internal BlockSentenceSplitter(ReadOnlySpan<char> chars, int offset, QuotationIndex quotes)
    {
        _chars = chars;
        _offset = offset;
        _quotes = quotes;
    }

    /// <summary>Adds the block's sentences to <paramref name="sentences"/>.</summary>
    internal void Split(ImmutableArray<Sentence>.Builder sentences)
    {
        var start = 0;
        var i = 0;
        while (i < _chars.Length)
        {
            var nextTerminator = _chars[i..].IndexOfAny(Terminators);
            if (nextTerminator < 0)
            {
                break;
            }

            i += nextTerminator;

            var runEnd = i;
            var strong = false;
            var ellipsis = false;
            var periods = 0;
            while (runEnd < _chars.Length && IsTerminator(_chars[runEnd]))
            {
                switch (_chars[runEnd])
                {
                    case '?' or '!':
                        strong = true;
                        break;
                    case '…':
                        ellipsis = true;
                        break;
                    default:
                        periods++;
                        break;
                }

                runEnd++;
            }

            var end = runEnd;
            while (end < _chars.Length && IsCloser(end))
            {
                end++;
            }

            var next = end;
            while (next < _chars.Length && char.IsWhiteSpace(_chars[next]))
            {
                next++;
            }

            if (next == _chars.Length)
            {
                break;
            }

            var terminator = new Terminator(i, runEnd, end, next, strong, ellipsis || periods > 1);
            if (!_quotes.IsInsideQuotation(_offset + end) && EndsSentence(terminator))
            {
                Add(sentences, start, end);
                start = next;
            }

            i = end;
        }

        Add(sentences, start, _chars.Length);
    }

    private static bool IsTerminator(char c) => Terminators.Contains(c);

    private static bool IsWordBoundary(char c) =>
        char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '“' or '‘' or '"' or '\'' or '«' or '—' or '–';

    private void Add(ImmutableArray<Sentence>.Builder sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(_chars[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_chars[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(TextSpan.FromBounds(_offset + start, _offset + end)));
        }
    }

    /// <summary>Closing brackets and closing quotation marks belong to the sentence their terminator ends.</summary>
    private bool IsCloser(int index) => _chars[index] switch
    {
        ')' or ']' or '}' or '”' or '’' or '»' => true,
        '"' or '\'' => _quotes.IsClosing(_offset + index),
        _ => false,
    };

    private bool IsOpeningQuotation(int index) =>
        _quotes.IsOpening(_offset + index) || _chars[index] is '“' or '‘' or '«';

    /// <summary>What may start a sentence: not a lowercase letter, and not punctuation that continues one.</summary>
    private bool CanStartSentence(int index)
    {
        var c = _chars[index];
        if (char.IsLower(c))
        {
            return false;
        }

        return c switch
        {
            ',' or ';' or ':' or '.' or '!' or '?' or '…' or ')' or ']' or '}' or '»' or '”' or '’' or '-' or '–' or '—' or '/' => false,
            '"' or '\'' => _quotes.IsOpening(_offset + index),
            _ => true,
        };
    }

    private bool EndsSentence(Terminator t)
    {
        if (t.Next == t.End)
        {
            return EndsGluedSentence(t);
        }

        if (!CanStartSentence(t.Next))
        {
            return false; // ", he said", "… and then", "?” he asked"
        }

        if (t.Strong)
        {
            return true;
        }

        if (t.Ellipsis)
        {
            return char.IsUpper(_chars[t.Next]) || IsOpeningQuotation(t.Next);
        }

        if (t.End > t.RunEnd)
        {
            return true; // .” or .) before a new sentence
        }

        var quotation = IsOpeningQuotation(t.Next);
        return !Abbreviations.KeepsSentenceOpen(
            WordBefore(t.Start),
            LettersAt(quotation ? AfterQuotationMarks(t.Next) : t.Next),
            char.IsDigit(_chars[t.Next]),
            quotation);
    }

    /// <summary>
    /// A terminator with no space after it ends a sentence only where the shapes around it say so: "announced.The",
    /// "Pentagon.Amid", "world.“Specifically", "situation.”“I"; not "U.S.-led", "U.S.A", "e.g.", "Xi.Jinping",
    /// "3.5", "example.com" or "name@mail.org".
    /// </summary>
    private bool EndsGluedSentence(Terminator t)
    {
        var next = _chars[t.Next];
        var opens = IsOpeningQuotation(t.Next);
        if (t.End > t.RunEnd)
        {
            return opens || char.IsUpper(next);
        }

        var capitalised = char.IsUpper(next) && t.Next + 1 < _chars.Length && char.IsLetter(_chars[t.Next + 1]);
        if (!opens && !capitalised)
        {
            return false;
        }

        var word = LettersBefore(t.Start);
        if (word.IsEmpty)
        {
            return false;
        }

        var wordStart = t.Start - word.Length;
        if ((wordStart > 0 && !IsWordBoundary(_chars[wordStart - 1])) || !NextWordEndsCleanly(t.Next, opens))
        {
            return false; // U.S.A, a mail address or a web address
        }

        if (t.Strong || t.Ellipsis)
        {
            return true;
        }

        if (Abbreviations.IsKnown(word))
        {
            return false;
        }

        var lowercaseEnding = word.Length >= 2 && char.IsLower(word[^1]) && char.IsLower(word[^2]);
        var nextLower = t.Next + 1 < _chars.Length && char.IsLower(_chars[t.Next + 1]);
        if (lowercaseEnding && (opens || nextLower))
        {
            return true;
        }

        // "NATO.US media": a word of three letters or more, then a capitalised word; "Xi.Jinping" stays whole.
        return word.Length >= 3 && capitalised;
    }

    /// <summary>The word after a glued period ends at space or punctuation, not at another period, @ or / (a domain, a path).</summary>
    private bool NextWordEndsCleanly(int index, bool opens)
    {
        if (opens)
        {
            return true;
        }

        var end = index;
        while (end < _chars.Length && char.IsLetter(_chars[end]) && end - index < MaxWord)
        {
            end++;
        }

        return end == _chars.Length || _chars[end] is not ('.' or '@' or '/' or ':' or '_') && !char.IsLetterOrDigit(_chars[end]);
    }

    /// <summary>The word before the terminator at <paramref name="index"/>: back to the last space, without opening punctuation.</summary>
    private ReadOnlySpan<char> WordBefore(int index)
    {
        var start = index;
        while (start > 0 && !char.IsWhiteSpace(_chars[start - 1]))
        {
            if (index - start >= MaxWord)
            {
                return [];
            }

            start--;
        }

        while (start < index && IsWordBoundary(_chars[start]))
        {
            start++;
        }

        return _chars[start..index];
    }

    /// <summary>The letters just before <paramref name="index"/>.</summary>
    private ReadOnlySpan<char> LettersBefore(int index)
    {
        var start = index;
        while (start > 0 && char.IsLetter(_chars[start - 1]) && index - start < MaxWord)
        {
            start--;
        }

        return _chars[start..index];
    }

    /// <summary>The position after the opening quotation marks at <paramref name="index"/> (“‘ may stand together).</summary>
    private int AfterQuotationMarks(int index)
    {
        var end = index;
        while (end < _chars.Length && end - index < MaxWord && IsOpeningQuotation(end))
        {
            end++;
        }

        return end;
    }

    /// <summary>The letters from <paramref name="index"/> on.</summary>
    private ReadOnlySpan<char> LettersAt(int index)
    {
        var end = index;
        while (end < _chars.Length && char.IsLetter(_chars[end]) && end - index < MaxWord)
        {
            end++;
        }

        return _chars[index..end];
    }

    /// <summary>A run of terminators and what surrounds it, in block positions.</summary>
    /// <param name="Start">The first terminator.</param>
    /// <param name="RunEnd">Just past the last terminator.</param>
    /// <param name="End">Just past the closing marks and brackets after the terminators: where the sentence would end.</param>
    /// <param name="Next">The first non-space character after <paramref name="End"/>.</param>
    /// <param name="Strong">True when the run holds ? or !.</param>
    /// <param name="Ellipsis">True when the run is an ellipsis (… or two periods or more).</param>
    private readonly record struct Terminator(int Start, int RunEnd, int End, int Next, bool Strong, bool Ellipsis);
}
