// Who said what on a topic, straight from the model (no query language needed).
//
// Loads the embedded seed articles (or the files, folders and JSON Lines files given as arguments),
// and prints, for one topic, every statement grouped by speaker with its kind and citation.
//
// Run from the repository root:
//     dotnet run examples/who-said-what.cs                  # topic "taiwan" on the seeds
//     dotnet run examples/who-said-what.cs -- ukraine path/to/articles/
// Expect: ^[1-9][0-9]* statements about 'taiwan' in 5 articles$
// Expect: ^Vladimir Putin \([1-9][0-9]*\)$
// Expect: ^  \[(direct|partial|indirect)( via [^]]+)?\] .+ \([0-9_a-f]+\.txt:[0-9]+\)$
#:project ../src/Dicta.Extraction/Dicta.Extraction.csproj

using Dicta.Extraction;

var topic = args.Length > 0 ? args[0] : "taiwan";
var loader = new CorpusLoader();
var corpus = args.Length > 1 ? loader.Load(args[1..]) : loader.LoadSeeds();

// The topic index answers without scanning; positions point into corpus.Statements.
var positions = corpus.Index.ByTopic(topic);
Console.WriteLine($"{positions.Length} statements about '{topic}' in {corpus.ArticleCount} articles");
foreach (var group in positions.Select(p => corpus.Statements[p]).GroupBy(s => s.Speaker.Name).OrderByDescending(g => g.Count()))
{
    Console.WriteLine();
    Console.WriteLine($"{group.Key} ({group.Count()})");
    foreach (var statement in group)
    {
        var via = statement.Via is { } channel ? $" via {channel.Name}" : "";
        Console.WriteLine($"  [{statement.Kind.ToString().ToLowerInvariant()}{via}] {statement.Content}  ({statement.Article.Id}:{statement.Line})");
    }
}
