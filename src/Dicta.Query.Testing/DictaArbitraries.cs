using Dicta.Model;
using Dicta.Query.Syntax;
using FsCheck;

namespace Dicta.Query.Testing;

/// <summary>
/// The default arbitraries, for FsCheck to find by type: <c>[Property(Arbitrary = [typeof(DictaArbitraries)])]</c>
/// lets a property take a <see cref="Syntax.SyntaxTree"/> (a well-typed query) and a <see cref="Model.Corpus"/>
/// (a small random corpus) as parameters.
/// </summary>
public static class DictaArbitraries
{
    /// <summary>Well-typed queries with the default options (<see cref="QueryGenerators.Queries"/>).</summary>
    public static Arbitrary<SyntaxTree> SyntaxTree() => QueryGenerators.Queries();

    /// <summary>Small random corpora with the default pools (<see cref="CorpusGenerators.Corpora"/>).</summary>
    public static Arbitrary<Corpus> Corpus() => CorpusGenerators.Corpora();
}
