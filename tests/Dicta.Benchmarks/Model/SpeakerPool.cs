using System.Collections.Immutable;
using Dicta.Benchmarks.Synthetic;
using Dicta.Model;

namespace Dicta.Benchmarks.Model;

/// <summary>
/// The speakers of a model-level corpus: the recurring cast of the text generator (office holders, experts,
/// organizations), quoted with a Zipf distribution as in real news (a few voices everywhere, a long tail), and
/// newcomers that each speak in one article. One <see cref="Speaker"/> symbol per person, shared by their statements.
/// </summary>
internal sealed class SpeakerPool
{
    private readonly Random _random;
    private readonly Cast _cast;
    private readonly double[] _cumulativeWeights;

    public SpeakerPool(Random random)
    {
        _random = random;
        _cast = new Cast(random);
        Recurring = [.. _cast.Officials.Concat(_cast.Experts).Concat(_cast.Organizations).Select(Symbol)];
        Outlets = [.. _cast.Outlets.Select(Symbol)];

        // Zipf with exponent 1 over the recurring cast: rank r is quoted in proportion to 1/r.
        _cumulativeWeights = new double[Recurring.Length];
        var total = 0.0;
        for (var rank = 0; rank < Recurring.Length; rank++)
        {
            total += 1.0 / (rank + 1);
            _cumulativeWeights[rank] = total;
        }
    }

    /// <summary>The recurring speakers, most quoted first.</summary>
    public ImmutableArray<(SyntheticSpeaker Source, Speaker Symbol)> Recurring { get; }

    /// <summary>Outlets: channels (<see cref="Statement.Via"/>) and publishers.</summary>
    public ImmutableArray<(SyntheticSpeaker Source, Speaker Symbol)> Outlets { get; }

    /// <summary>A recurring speaker, drawn by popularity.</summary>
    public (SyntheticSpeaker Source, Speaker Symbol) NextRecurring()
    {
        var draw = _random.NextDouble() * _cumulativeWeights[^1];
        var rank = Array.BinarySearch(_cumulativeWeights, draw);
        return Recurring[Math.Min(rank < 0 ? ~rank : rank, Recurring.Length - 1)];
    }

    /// <summary>Someone quoted for the first time: an expert, lawmaker or official with a name no one else has.</summary>
    public (SyntheticSpeaker Source, Speaker Symbol) NextNewcomer() => Symbol(_cast.NewExpert());

    private static (SyntheticSpeaker Source, Speaker Symbol) Symbol(SyntheticSpeaker speaker)
    {
        var aliases = speaker.Title is { } title && speaker.Kind == SpeakerKind.Person
            ? new[] { speaker.ShortName, title + " " + speaker.ShortName }
            : [speaker.ShortName];
        return (speaker, new Speaker(speaker.Name, speaker.Kind, aliases, speaker.Country, speaker.Title));
    }
}
