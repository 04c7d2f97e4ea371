namespace Dicta.Query.Schema;

/// <summary>Which corpus index can answer a test on a field before any scan.</summary>
public enum FieldIndex
{
    /// <summary>No index: tests on the field are checked row by row.</summary>
    None,

    /// <summary><c>field = "name"</c> is answered by <see cref="Model.CorpusIndex.BySpeaker"/>.</summary>
    Speaker,

    /// <summary><c>field = "slug"</c> is answered by <see cref="Model.CorpusIndex.ByTopic"/>.</summary>
    Topic,

    /// <summary><c>field has "term"</c> is answered by <see cref="Model.CorpusIndex.ByTerm"/>.</summary>
    Term,
}
