using System.Globalization;
using System.Text;

namespace Dicta.Query.Parsing;

/// <summary>
/// Text of a query as a diagnostic message quotes it. Messages are printed to terminals and written to logs, so what
/// a query can put in them must be inert and short: control and format characters (escape sequences, bidirectional
/// overrides), lone surrogates and unassigned code points are shown as <c>\uXXXX</c>, and long text is cut.
/// </summary>
internal static class MessageText
{
    /// <summary>How much of a token a syntax message quotes.</summary>
    public const int TokenLength = 30;

    /// <summary>How much of a name or value a binding message quotes (its hints, lists of fields, fit easily).</summary>
    public const int ValueLength = 200;

    /// <summary><paramref name="text"/> with the characters above escaped, cut to <paramref name="max"/> characters and an ellipsis.</summary>
    public static string Escape(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder();
        foreach (var c in text.Length > max ? text[..max] : text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return text.Length > max ? builder.Append('…').ToString() : builder.ToString();
    }
}
