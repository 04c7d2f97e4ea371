// How outlets report the same speaker: a Dicta condition inside the program's own LINQ.
//
// The condition `speaker = $who` becomes an Expression<Func<Statement, bool>> (DictaLinq.Where), composed with plain
// LINQ that groups the speaker's statements by the outlet that published them (the article id when the outlet is
// unknown) and compares how each reports the speaker: direct quotes against paraphrase, the verbs it uses, the
// channels it credits, the topics. A Dicta query then runs over just those statements (DictaLinq.Execute), with
// `group by`, to rank the cues across all outlets.
//
// Run from the repository root:
//     dotnet run examples/outlets-compared.cs                         # Putin in the embedded seed articles
//     dotnet run examples/outlets-compared.cs -- "Xi Jinping" path/to/articles/
// Expect: ^[1-9][0-9]* statements by Putin in [1-9][0-9]* articles$
// Expect: ^CNSNews\.com: [1-9][0-9]* statements$
// Expect: ^  direct [0-9]+%, partial [0-9]+%, indirect [0-9]+%$
// Expect: ^  cues: +said \([1-9][0-9]*\)
// Expect: ^most used cues across outlets: said \([1-9][0-9]*\)
#:project ../src/Dicta.Extraction/Dicta.Extraction.csproj
#:project ../src/Dicta.Query/Dicta.Query.csproj

using Dicta.Extraction;
using Dicta.Model;
using Dicta.Query;
using Dicta.Query.Linq;

var speaker = args.Length > 0 ? args[0] : "Putin";
var loader = new CorpusLoader();
var corpus = args.Length > 1 ? loader.Load(args[1..]) : loader.LoadSeeds();
var engine = new QueryEngine(corpus);
var who = new Dictionary<string, object?> { ["who"] = speaker };

// A Dicta condition in a LINQ pipeline over the model; AsQueryable() comes from Dicta.Query.Linq.
var statements = corpus.Statements.AsQueryable().Where(engine, "speaker = $who", who).ToList();
Console.WriteLine($"{statements.Count} statements by {speaker} in {statements.Select(s => s.Article).Distinct().Count()} articles");

foreach (var outlet in statements.GroupBy(s => s.Article.Metadata.Outlet ?? s.Article.Id).OrderByDescending(g => g.Count()))
{
    int Share(StatementKind kind) => 100 * outlet.Count(s => s.Kind == kind) / outlet.Count();
    string Top(IEnumerable<string> values) =>
        string.Join(", ", values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).Take(4).Select(g => $"{g.Key} ({g.Count()})")) is { Length: > 0 } top ? top : "-";

    Console.WriteLine();
    Console.WriteLine($"{outlet.Key}: {outlet.Count()} statements");
    Console.WriteLine($"  direct {Share(StatementKind.Direct)}%, partial {Share(StatementKind.Partial)}%, indirect {Share(StatementKind.Indirect)}%");
    Console.WriteLine($"  cues:   {Top(outlet.Where(s => s.CueSpan is not null).Select(s => s.Cue.ToString()))}");
    Console.WriteLine($"  via:    {Top(outlet.Where(s => s.Via is not null).Select(s => s.Via!.Name))}");
    Console.WriteLine($"  topics: {Top(outlet.SelectMany(s => s.Topics).Select(t => t.Label))}");
}

// A whole query, grouped, over the statements the program chose rather than the whole corpus.
var cues = statements.Execute(engine, "statements where cue != '' group by cue order by count desc limit 5");
Console.WriteLine();
Console.WriteLine("most used cues across outlets: " + string.Join(", ", cues.As<(string Cue, int Count)>().Select(c => $"{c.Cue} ({c.Count})")));
