using Dicta.Query.Testing;
using Dicta.Query.Tests.Execution;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Query.Tests.Properties;

/// <summary>
/// The engine properties of issue 6: the interpreter, the compiled query and the index-planned runs give identical
/// answers, and <c>where p</c> and <c>where not p</c> split the source, on random corpora and on the seeds.
/// </summary>
public sealed class ExecutionProperties
{
    [Property(MaxTest = 200)]
    public Property Interpreted_compiled_planned_and_scanning_runs_give_identical_answers_on_random_corpora() =>
        Prop.ForAll(
            QueryGenerators.Queries(Generated.Options),
            CorpusGenerators.Corpora(),
            (tree, corpus) => QueryProperties.EnginesAgree(tree, corpus, Generated.Parameters));

    [Property(MaxTest = 100)]
    public Property Interpreted_compiled_planned_and_scanning_runs_give_identical_answers_on_the_seeds() =>
        Prop.ForAll(
            QueryGenerators.Queries(QueryGenerationOptions.For(Seeds.Corpus)),
            tree => QueryProperties.EnginesAgree(tree, Seeds.Corpus));

    [Property(MaxTest = 100)]
    public Property A_query_that_does_not_bind_runs_no_way() =>
        Prop.ForAll(
            QueryGenerators.WellFormedQueries(Generated.Options),
            CorpusGenerators.Corpora(),
            QueryProperties.EnginesAgree);

    [Property(MaxTest = 150)]
    public Property Where_p_and_where_not_p_partition_the_source_of_a_random_corpus() =>
        Prop.ForAll(
            QueryGenerators.Queries(Generated.Options),
            CorpusGenerators.Corpora(),
            (tree, corpus) => QueryProperties.WhereNotPartitions(tree, corpus, Generated.Parameters));

    [Property(MaxTest = 100)]
    public Property Where_p_and_where_not_p_partition_the_seeds() =>
        Prop.ForAll(
            QueryGenerators.Queries(QueryGenerationOptions.For(Seeds.Corpus)),
            tree => QueryProperties.WhereNotPartitions(tree, Seeds.Corpus));
}
