using Dicta.Model.Text;

namespace Dicta.Extraction.Lexicons;

/// <summary>A property of an object in a lexicon file, with the span of its name for diagnostics.</summary>
/// <param name="Name">The property name.</param>
/// <param name="NameSpan">The characters of the name, quotes included.</param>
/// <param name="Value">The value.</param>
internal sealed record LexiconJsonProperty(string Name, TextSpan NameSpan, LexiconJsonValue Value);
