using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Extraction.Lexicons;

/// <summary>Where a term of the topic lexicon occurs in a text, for highlighting and for explaining a tag.</summary>
/// <param name="Span">The words that matched, relative to the start of the text tagged.</param>
/// <param name="Topics">The topics of the term (usually one), in lexicon order.</param>
public sealed record TopicMatch(TextSpan Span, ImmutableArray<Topic> Topics);
