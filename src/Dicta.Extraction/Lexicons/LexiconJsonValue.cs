using System.Collections.Immutable;
using System.Text.Json;
using Dicta.Model.Text;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// One value of a lexicon file, with the span it occupies in the file. <see cref="JsonDocument"/> keeps no
/// positions, and a diagnostic about a wrong-shaped entry must say where the entry is.
/// </summary>
/// <param name="Kind">Object, array, string, number, true, false or null.</param>
/// <param name="Span">The characters of the value in the file.</param>
/// <param name="Text">The string for a string; the literal text for a number, boolean or null.</param>
/// <param name="Properties">An object's properties, in file order; empty otherwise.</param>
/// <param name="Items">An array's items, in order; empty otherwise.</param>
internal sealed record LexiconJsonValue(
    JsonValueKind Kind,
    TextSpan Span,
    string? Text,
    ImmutableArray<LexiconJsonProperty> Properties,
    ImmutableArray<LexiconJsonValue> Items)
{
    /// <summary>The last property named <paramref name="name"/> (JSON leaves duplicates to the reader; the later wins), or null.</summary>
    public LexiconJsonProperty? Property(string name)
    {
        for (var i = Properties.Length - 1; i >= 0; i--)
        {
            if (string.Equals(Properties[i].Name, name, StringComparison.Ordinal))
            {
                return Properties[i];
            }
        }

        return null;
    }

    /// <summary>How a person names the kind of this value in a message: "a string", "an array".</summary>
    public string Describe() => DescribeKind(Kind);

    /// <summary>How a person names a kind of value in a message.</summary>
    public static string DescribeKind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
