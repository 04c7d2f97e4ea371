using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// Cuts text into the words that lexicon terms are matched against: maximal runs of letters and digits (as
/// <see cref="Terms"/> defines them), so "one-China" and "one China" give the same words and curly and straight
/// apostrophes split alike. A possessive "'s" is dropped ("China’s" gives "China"), so terms need not spell it.
/// </summary>
internal static class WordTokenizer
{
    /// <summary>The words of <paramref name="text"/>, as spans relative to its start, without allocating.</summary>
    public static WordEnumerator Words(ReadOnlySpan<char> text) => new(text);

    /// <summary>True for the characters words are made of; an ASCII fast path in front of <see cref="Terms.IsTermChar"/>.</summary>
    public static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : Terms.IsTermChar(c);

    /// <summary>True for the straight and typographic apostrophes.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018' or '`';

    /// <summary>Enumerates the words of a text; see <see cref="WordTokenizer"/>.</summary>
    internal ref struct WordEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _position;

        public WordEnumerator(ReadOnlySpan<char> text)
        {
            _text = text;
            _position = 0;
            Current = default;
        }

        /// <summary>The span of the current word.</summary>
        public TextSpan Current { get; private set; }

        /// <summary>This enumerator, so it can be used in <c>foreach</c>.</summary>
        public readonly WordEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next word.</summary>
        public bool MoveNext()
        {
            // The text in a local: the loops then run on registers, not on the fields of this struct.
            var text = _text;
            var i = _position;
            while (i < text.Length && !IsWordChar(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                _position = i;
                return false;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            Current = TextSpan.FromBounds(start, i);
            _position = IsPossessive(i) ? i + 2 : i;
            return true;
        }

        /// <summary>True when an apostrophe and a lone "s" follow the word that ends at <paramref name="end"/>.</summary>
        private readonly bool IsPossessive(int end) =>
            end + 1 < _text.Length
            && IsApostrophe(_text[end])
            && _text[end + 1] is 's' or 'S'
            && (end + 2 == _text.Length || !IsWordChar(_text[end + 2]));
    }
}
