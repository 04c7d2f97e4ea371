using Dicta.Model;
using Dicta.Query.Syntax;
using Dicta.Query.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Query.Tests.Properties;

/// <summary>The sample of the README's "Property-based testing" section, as written there: it must compile and pass.</summary>
public class ReadmeSample
{
    // Any well-typed query gives the same answer interpreted, compiled, and from the indexes, on any small corpus.
    [Property(Arbitrary = [typeof(DictaArbitraries)])]
    public Property Engines_agree(SyntaxTree query, Corpus corpus) =>
        QueryProperties.EnginesAgree(query, corpus);

    // Corpora and queries about your own topics: change the pools, and generate queries about the same names.
    private static readonly CorpusGenerationOptions MyCorpora =
        CorpusGenerationOptions.Default with { Topics = [new("nuclear", "Nuclear power"), new("energy", "Energy")] };

    [Property(MaxTest = 50)]
    public Property Where_and_where_not_split_my_corpora() =>
        Prop.ForAll(
            QueryGenerators.Queries(QueryGenerationOptions.For(MyCorpora)),
            CorpusGenerators.Corpora(MyCorpora),
            QueryProperties.WhereNotPartitions);

    // A grammar change must keep every text parseable, and every tree printable and parseable again.
    [Property(MaxTest = 50)]
    public Property Any_text_parses_losslessly() =>
        Prop.ForAll(QueryGenerators.QueryText(), QueryProperties.ParsesLosslessly);

    [Property(MaxTest = 50)]
    public Property Trees_round_trip() =>
        Prop.ForAll(QueryGenerators.Queries(), QueryProperties.RoundTrips);
}
