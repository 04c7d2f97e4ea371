// A timeline of one speaker's statements, with the query language.
//
// Prepares one query with a $who parameter, runs it, and reads the rows as a record of its own (QueryResult.As<T>):
// the statements of one speaker, oldest first, by article date (undated articles last), with outlet, kind and cue.
// Diagnostics (say, "no speaker named ...", with a suggestion) go to standard error.
//
// Run from the repository root:
//     dotnet run examples/speaker-timeline.cs                          # Putin in the embedded seed articles
//     dotnet run examples/speaker-timeline.cs -- "Wang Yi" path/to/articles/ more.jsonl
// Expect: ^[1-9][0-9]* statements by Putin in [1-9][0-9]* articles$
// Expect: ^undated  CNSNews\.com  \(000_571892bab8bfb740\.txt\)$
// Expect: ^  (direct|partial|indirect) +said +\S
#:project ../src/Dicta.Extraction/Dicta.Extraction.csproj
#:project ../src/Dicta.Query/Dicta.Query.csproj

using Dicta.Extraction;
using Dicta.Query;

var speaker = args.Length > 0 ? args[0] : "Putin";
var loader = new CorpusLoader();
var corpus = args.Length > 1 ? loader.Load(args[1..]) : loader.LoadSeeds();
var engine = new QueryEngine(corpus);

var timeline = engine.Prepare(
    "statements where speaker = $who order by date, article, line select date, article, article.outlet as outlet, kind, cue, text",
    new Dictionary<string, object?> { ["who"] = speaker });
foreach (var diagnostic in timeline.Diagnostics)
{
    Console.Error.WriteLine(diagnostic);
}

var result = timeline.Execute();
if (!result.Succeeded)
{
    return 1;
}

var entries = result.As<Entry>();
Console.WriteLine($"{entries.Length} statements by {speaker} in {entries.Select(e => e.Article).Distinct().Count()} articles");
foreach (var article in entries.GroupBy(e => (e.Date, e.Article, e.Outlet)))
{
    var (date, id, outlet) = article.Key;
    Console.WriteLine();
    Console.WriteLine($"{date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}  {outlet ?? "unknown outlet"}  ({id})");
    foreach (var entry in article)
    {
        var text = entry.Text.Length > 100 ? entry.Text[..97] + "..." : entry.Text;
        Console.WriteLine($"  {entry.Kind,-8} {entry.Cue ?? "-",-14} {text}");
    }
}

return 0;

/// <summary>One row of the timeline; the parameters are matched to the selected columns by name.</summary>
internal sealed record Entry(DateOnly? Date, string Article, string? Outlet, string Kind, string? Cue, string Text);
