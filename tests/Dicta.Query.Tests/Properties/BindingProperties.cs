using Dicta.Query.Binding;
using Dicta.Query.Syntax;
using Dicta.Query.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Query.Tests.Properties;

/// <summary>Binding never throws, on trees that make no sense (ill-typed, unknown names) or on garbage; well-typed trees bind cleanly.</summary>
public sealed class BindingProperties
{
    [Property(MaxTest = 300)]
    public Property Binding_a_random_well_formed_tree_never_throws_whatever_its_fields_and_values() =>
        Prop.ForAll(
            QueryGenerators.WellFormedQueries(Generated.Options),
            CorpusGenerators.Corpora(),
            (tree, corpus) => QueryProperties.BindsWithoutThrowing(tree, Generated.Parameters, corpus)
                .And(QueryProperties.BindsWithoutThrowing(tree)));

    [Property(MaxTest = 300)]
    public Property Binding_the_tree_of_any_text_never_throws() =>
        Prop.ForAll(QueryGenerators.QueryText(Generated.Options), text => QueryProperties.BindsWithoutThrowing(SyntaxTree.Parse(text), Generated.Parameters));

    [Property(MaxTest = 200)]
    public Property A_generated_well_typed_tree_binds_without_errors() =>
        Prop.ForAll(QueryGenerators.Queries(Generated.Options), tree =>
        {
            var bound = Binder.Bind(tree, Generated.Parameters);
            return (!tree.HasErrors && !bound.HasErrors).Label(string.Join("\n", bound.Diagnostics));
        });
}
