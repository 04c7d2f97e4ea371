using System.Collections.Immutable;
using Dicta.Model;

namespace Dicta.Benchmarks.Synthetic;

/// <summary>
/// Everyone a synthetic corpus quotes: a recurring cast of office holders, experts, organizations and outlets that
/// appear across many articles (so cross-article resolution has work to do), and the newcomers each article adds
/// (so that a large corpus has thousands of distinct speakers). Every name is distinct.
/// </summary>
internal sealed class Cast
{
    private readonly Random _random;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Creates the recurring cast.</summary>
    public Cast(Random random)
    {
        _random = random;
        var officials = ImmutableArray.CreateBuilder<SyntheticSpeaker>();
        foreach (var country in Vocabulary.Countries)
        {
            // A handful of offices per country, each held by one person, as in real news.
            foreach (var office in Vocabulary.Offices.Where(_ => random.Chance(0.45)))
            {
                officials.Add(NewPerson(country, office, affiliation: null));
            }
        }

        Officials = officials.ToImmutable();
        Organizations = [.. Vocabulary.WellKnownOrganizations.Select(Organization), .. Enumerable.Range(0, 40).Select(_ => NewOrganization())];
        // Experts speak for organizations, so those come first.
        Experts = [.. Enumerable.Range(0, 120).Select(_ => NewExpert())];
        Outlets = [.. Vocabulary.WellKnownOutlets.Select(Outlet), .. Enumerable.Range(0, 30).Select(_ => Outlet(Unique(() => NameMaker.Outlet(random))))];
    }

    /// <summary>Office holders: "Russian Foreign Minister ...".</summary>
    public ImmutableArray<SyntheticSpeaker> Officials { get; }

    /// <summary>Analysts, lawmakers and other recurring voices.</summary>
    public ImmutableArray<SyntheticSpeaker> Experts { get; }

    /// <summary>Organizations that speak: well-known ones and invented ones.</summary>
    public ImmutableArray<SyntheticSpeaker> Organizations { get; }

    /// <summary>Outlets that report, and quote others.</summary>
    public ImmutableArray<SyntheticSpeaker> Outlets { get; }

    /// <summary>A newcomer: an expert, lawmaker or official of a country's institution, quoted in one article.</summary>
    public SyntheticSpeaker NewExpert()
    {
        var country = _random.Pick(Vocabulary.Countries);
        return _random.Next(3) == 0
            ? NewPerson(country, _random.Pick(Vocabulary.CountryRoles), affiliation: null)
            : NewPerson(country, _random.Pick(Vocabulary.Roles), _random.Pick(Organizations).Name);
    }

    /// <summary>A new invented organization.</summary>
    public SyntheticSpeaker NewOrganization() => Organization(Unique(() => NameMaker.Organization(_random)));

    /// <summary>A country's institution as a speaker: "the Russian foreign ministry".</summary>
    public static SyntheticSpeaker Institution(Country country, string ministry) =>
        new($"the {country.Adjective} {ministry}", $"the {ministry}", SpeakerKind.Organization, null, country.Name, null, false);

    /// <summary>A country speaking as one, by its capital: "Moscow said".</summary>
    public static SyntheticSpeaker Capital(Country country) =>
        new(country.Capital, country.Capital, SpeakerKind.Organization, null, country.Name, null, false);

    private SyntheticSpeaker NewPerson(Country country, string title, string? affiliation)
    {
        var female = _random.Chance(0.4);
        (string Name, string ShortName) name;
        do
        {
            name = NameMaker.Person(_random, country.Style, female);
        }
        while (!_names.Add(name.Name));

        return new SyntheticSpeaker(name.Name, name.ShortName, SpeakerKind.Person, title, country.Name, affiliation, female);
    }

    private SyntheticSpeaker Organization(string name)
    {
        _names.Add(name);
        return new SyntheticSpeaker(name, name, SpeakerKind.Organization, null, null, null, false);
    }

    private SyntheticSpeaker Outlet(string name)
    {
        _names.Add(name);
        return new SyntheticSpeaker(name, name, SpeakerKind.Outlet, null, null, null, false);
    }

    /// <summary>A name no one has yet; invented names are tried again until one is new (the space of names is large).</summary>
    private string Unique(Func<string> invent)
    {
        string name;
        do
        {
            name = invent();
        }
        while (!_names.Add(name));

        return name;
    }
}
