// A program that gets Dicta by dependency injection (Microsoft.Extensions.DependencyInjection).
//
// services.AddDicta(...) registers the options, the corpus they describe (loaded once, on first use) and a
// QueryEngine over it as singletons; the program's own SpeakerDigest service takes the engine and the corpus through
// its constructor and prints, for the most quoted speakers, how often they speak, about what, and through whom.
// With no arguments the corpus is the embedded seed articles; arguments are files, folders or JSON Lines files, and
// --gazetteer FILE extends the gazetteer with the speakers of FILE (the format of `dicta`'s own gazetteer).
//
// Run from the repository root:
//     dotnet run --project examples/hosted-service
//     dotnet run --project examples/hosted-service -- path/to/articles/ --gazetteer people.json
// Expect: ^5 articles, [1-9][0-9]* statements, [0-9]+ diagnostics$
// Expect: ^Vladimir Putin \(person\): [1-9][0-9]* statements$
// Expect: ^  about: +[a-z-]+ \([1-9][0-9]*\)
// Expect: ^  through: .*Kremlin \([1-9][0-9]*\)
using Dicta.Examples.HostedService;
using Dicta.Hosting;
using Dicta.Query;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddDicta(options =>
{
    for (var i = 0; i < args.Length; i++)
    {
        if (args[i] == "--gazetteer" && i + 1 < args.Length)
        {
            options.ExtendGazetteer(args[++i]);
        }
        else
        {
            options.AddPath(args[i]);
        }
    }

    options.UseEngine(new QueryEngineOptions { CacheSize = 64 });
});
services.AddSingleton<SpeakerDigest>();

using var provider = services.BuildServiceProvider();
var digest = provider.GetRequiredService<SpeakerDigest>();
foreach (var line in digest.Describe(speakers: 5))
{
    Console.WriteLine(line);
}
