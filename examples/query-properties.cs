// A property test of a query, with the generators of Dicta.Query.Testing and FsCheck (no test framework needed).
//
// The query under test is a program's own: "the direct quotes of one speaker". Three properties, each checked on a
// few hundred random cases, with FsCheck shrinking any counterexample and printing the seed to replay it:
//   1. on random small corpora, and for any speaker of their pool, the interpreter, the index plan and the compiled
//      query give the same answer;
//   2. what it returns is what it promises: direct statements whose speaker (or a member of a group) is that speaker;
//   3. garbage and near misses of the query's text never throw, and their diagnostics lie inside the text.
// A failure prints the shrunk counterexample and its seed; to replay it, put the property in an xunit test with
// [Property(Replay = "(seed,gamma)")] (README, "Replaying a failure").
//
// Run from the repository root:
//     dotnet run examples/query-properties.cs
// Expect: ^Ok, passed 200 tests\.$
// Expect: ^Ok, passed 300 tests\.$
// Expect: ^all 3 properties hold$
#:project ../src/Dicta.Query.Testing/Dicta.Query.Testing.csproj

using Dicta.Model;
using Dicta.Query;
using Dicta.Query.Testing;
using FsCheck;
using FsCheck.Fluent;

const string DirectQuotes = "statements where speaker = $who and kind = 'direct'";
var pool = CorpusGenerationOptions.Default;
var corpora = CorpusGenerators.Corpora(pool);
var speakers = Gen.Elements(pool.Speakers.Select(s => s.Name)).ToArbitrary();
Dictionary<string, object?> Who(string name) => new() { ["who"] = name };

Console.WriteLine("1. the engines agree on the query");
Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(corpora, speakers,
    (corpus, who) => QueryProperties.EnginesAgree(DirectQuotes, corpus, Who(who))));

Console.WriteLine("2. it returns direct statements of that speaker, and all of them");
Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(corpora, speakers, (corpus, who) =>
{
    var found = new QueryEngine(corpus).Execute(DirectQuotes, Who(who)).As<Statement>();
    var expected = corpus.Statements.Where(s => s.Kind == StatementKind.Direct && s.Speaker.Denotes(who)).ToList();
    return found.SequenceEqual(expected).Label($"found {found.Length}, expected {expected.Count}");
}));

Console.WriteLine("3. near misses of its text parse without throwing");
Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(QueryGenerators.QueryText(), QueryProperties.ParsesLosslessly));

Console.WriteLine("all 3 properties hold");
