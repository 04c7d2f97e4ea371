using Dicta.Extraction.Lexicons;
using Dicta.Model;

namespace Dicta.Extraction.Tests.Lexicons;

public class GazetteerTests
{
    private static readonly Gazetteer Default = Gazetteer.Default;

    private static string? Resolve(string mention, DateOnly? date = null) =>
        Default.TryResolve(mention, date, out var entry) ? entry.Name : null;

    [Fact]
    public void The_embedded_gazetteer_loads_without_diagnostics()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Dicta.Data.gazetteer.json")!;
        var result = Gazetteer.Load(stream, "gazetteer.json");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Default.Definitions.Length, result.Lexicon.Definitions.Length);
    }

    [Fact]
    public void The_default_holds_people_organizations_outlets_and_countries()
    {
        var people = Default.Definitions.Count(d => d.Kind == SpeakerKind.Person);

        Assert.InRange(people, 24, 120);
        Assert.Contains(Default.Definitions, d => d.Kind == SpeakerKind.Outlet && d.Name == "TASS");
        Assert.Contains(Default.Definitions, d => d.Kind == SpeakerKind.Organization && d.Name == "Kremlin");
        Assert.Contains(Default.Countries, c => c.Name == "Belarus");
    }

    [Theory]
    [InlineData("Putin", "Vladimir Putin")]
    [InlineData("Vladimir Putin", "Vladimir Putin")]
    [InlineData("Russian President", "Vladimir Putin")]
    [InlineData("President of Russia", "Vladimir Putin")]
    [InlineData("the Russian leader", "Vladimir Putin")]
    [InlineData("The Russian leader", "Vladimir Putin")]
    [InlineData("Russia's president", "Vladimir Putin")]
    [InlineData("Russia’s President", "Vladimir Putin")]
    [InlineData("Chinese President", "Xi Jinping")]
    [InlineData("China’s head of state", "Xi Jinping")]
    [InlineData("the Chinese leader", "Xi Jinping")]
    [InlineData("Russian Foreign Minister", "Sergei Lavrov")]
    [InlineData("Russia's top diplomat", "Sergei Lavrov")]
    [InlineData("Kremlin spokesman", "Dmitry Peskov")]
    [InlineData("UN Secretary-General", "António Guterres")]
    [InlineData("Secretary General of the United Nations", "António Guterres")]
    [InlineData("Erdoğan", "Recep Tayyip Erdogan")]
    public void Resolves_names_aliases_and_title_phrases(string mention, string expected)
    {
        Assert.Equal(expected, Resolve(mention));
    }

    [Theory]
    [InlineData("Moscow", "Russia")]
    [InlineData("Beijing", "China")]
    [InlineData("Washington", "United States")]
    [InlineData("the U.S.", "United States")]
    [InlineData("US", "United States")]
    [InlineData("Kiev", "Ukraine")]
    [InlineData("Kremlin", "Kremlin")]
    [InlineData("the White House", "White House")]
    [InlineData("US State Department", "State Department")]
    [InlineData("the US foreign ministry", "State Department")]
    [InlineData("Taiwan’s foreign ministry", "Taiwan Foreign Ministry")]
    [InlineData("the Russian foreign ministry", "Russian Foreign Ministry")]
    [InlineData("The Defense Ministry in Moscow", "Russian Defense Ministry")]
    [InlineData("the Chinese government", "Chinese government")]
    public void Resolves_countries_metonyms_and_institutions(string mention, string expected)
    {
        Assert.Equal(expected, Resolve(mention));
        Assert.NotEqual(SpeakerKind.Person, Default.Lookup(mention).Single().Kind);
    }

    [Theory]
    [InlineData("CCTV")]
    [InlineData("Xinhua news agency")]
    [InlineData("TASS")]
    [InlineData("Reuters")]
    [InlineData("AFP")]
    [InlineData("the Global Times")]
    [InlineData("Sputnik")]
    [InlineData("RIA Novosti")]
    [InlineData("BelTA")]
    [InlineData("Bloomberg")]
    public void Outlets_resolve_as_outlets(string mention)
    {
        Assert.True(Default.TryResolve(mention, out var entry));
        Assert.Equal(SpeakerKind.Outlet, entry.Kind);
    }

    [Theory]
    [InlineData("Kremlin aide Yuri Ushakov", "Yuri Ushakov")]
    [InlineData("US State Department spokesman Ned Price", "Ned Price")]
    [InlineData("Russian Security Council Secretary Nikolai Patrushev", "Nikolai Patrushev")]
    [InlineData("President Vladimir Putin", "Vladimir Putin")]
    [InlineData("his Chinese counterpart Xi Jinping", "Xi Jinping")]
    [InlineData("Kremlin spokesman\u00a0Dmitry Peskov", "Dmitry Peskov")]
    [InlineData("the Chinese Communist Party paper Global Times", "Global Times")]
    [InlineData("American outlet Bloomberg", "Bloomberg")]
    public void Resolves_a_name_after_the_words_of_a_speaker_phrase(string mention, string expected)
    {
        Assert.Equal(expected, Resolve(mention));
    }

    [Theory]
    [InlineData("Xi Putin")]
    [InlineData("Putin and Xi")]
    [InlineData("Nobody Inparticular")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the")]
    public void Does_not_resolve_what_is_not_one_known_entry(string mention)
    {
        Assert.Null(Resolve(mention));
    }

    [Fact]
    public void A_title_held_by_several_people_resolves_only_with_a_date()
    {
        Assert.Equal(2, Default.Lookup("the U.S. president").Length);
        Assert.Null(Resolve("US President"));
        Assert.Equal("Joe Biden", Resolve("the U.S. president", new DateOnly(2021, 12, 15)));
        Assert.Equal("Donald Trump", Resolve("U.S. President", new DateOnly(2019, 6, 1)));
        Assert.Equal("Wang Yi", Resolve("Chinese Foreign Minister", new DateOnly(2022, 2, 1)));
        Assert.Equal("Qin Gang", Resolve("Chinese Foreign Minister", new DateOnly(2023, 3, 1)));
    }

    [Fact]
    public void A_date_does_not_hide_names()
    {
        Assert.Equal("Vladimir Putin", Resolve("Putin", new DateOnly(1990, 1, 1)));
        Assert.Null(Resolve("Russian President", new DateOnly(1990, 1, 1)));
    }

    [Fact]
    public void A_shared_surname_is_ambiguous()
    {
        var candidates = Default.Lookup("Wang");

        Assert.Equal(["Wang Wenbin", "Wang Yi"], candidates.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.False(Default.TryResolve("Wang", out _));
    }

    [Theory]
    [InlineData("Russian", "Russia")]
    [InlineData("Russians", "Russia")]
    [InlineData("Chinese", "China")]
    [InlineData("U.S.", "United States")]
    [InlineData("US", "United States")]
    [InlineData("American", "United States")]
    [InlineData("Americans", "United States")]
    [InlineData("Taiwanese", "Taiwan")]
    [InlineData("British", "United Kingdom")]
    [InlineData("Belarusian", "Belarus")]
    public void Maps_demonyms_and_adjectives_to_countries(string word, string country)
    {
        Assert.Equal(country, Default.CountryOfDemonym(word));
    }

    [Fact]
    public void A_word_that_is_no_demonym_maps_to_no_country()
    {
        Assert.Null(Default.CountryOfDemonym("Martian"));
    }

    [Fact]
    public void Finds_countries_by_name_alias_and_capital()
    {
        Assert.True(Default.TryGetCountry("Moscow", out var russia));
        Assert.Equal("Russia", russia.Name);
        Assert.True(Default.TryGetCountry("U.K.", out var uk));
        Assert.Equal("United Kingdom", uk.Name);
        Assert.False(Default.TryGetCountry("Atlantis", out _));
    }

    [Theory]
    [InlineData("spokesman", true)]
    [InlineData("spokesmen", true)]
    [InlineData("Spokeswoman", true)]
    [InlineData("Prime Minister", true)]
    [InlineData("prime ministers", true)]
    [InlineData("head of state", true)]
    [InlineData("aide", true)]
    [InlineData("envoy", true)]
    [InlineData("officials", true)]
    [InlineData("Secretary-General", true)]
    [InlineData("banana", false)]
    [InlineData("Putin", false)]
    public void Knows_the_role_words_of_speaker_phrases(string word, bool expected)
    {
        Assert.Equal(expected, Default.IsRoleWord(word));
    }

    [Fact]
    public void Matches_the_longest_role_phrase_word_by_word()
    {
        string[] words = ["Russian", "Foreign", "Minister", "Sergei", "Lavrov"];

        Assert.Equal(0, Default.MatchRolePhrase(words, 0));
        Assert.Equal(2, Default.MatchRolePhrase(words, 1));
        Assert.Equal(3, Default.MatchRolePhrase(["head", "of", "state", "Xi"], 0));
        Assert.Equal(0, Default.MatchRolePhrase(words, 5));
    }

    [Fact]
    public void Descriptor_words_include_roles_countries_and_organizations()
    {
        Assert.True(Default.IsDescriptorWord("former"));
        Assert.True(Default.IsDescriptorWord("Kremlin"));
        Assert.True(Default.IsDescriptorWord("Russia’s"));
        Assert.True(Default.IsDescriptorWord("spokeswoman"));
        Assert.False(Default.IsDescriptorWord("Vladimir"));
    }

    [Fact]
    public void An_entry_becomes_a_speaker_with_its_titles_as_aliases()
    {
        Assert.True(Default.TryResolve("Putin", out var entry));

        var speaker = entry.ToSpeaker();

        Assert.Equal("Vladimir Putin", speaker.Name);
        Assert.Equal(SpeakerKind.Person, speaker.Kind);
        Assert.Equal("Russia", speaker.Country);
        Assert.Equal("President of Russia", speaker.Role);
        Assert.True(speaker.IsNamed("Putin"));
        Assert.True(speaker.IsNamed("Russian President"));
    }

    [Fact]
    public void Titles_carry_their_terms_of_office()
    {
        Assert.True(Default.TryResolve("Joe Biden", out var biden));

        var title = biden.Titles.First(t => t.Phrase == "US President");

        Assert.True(title.IsHeldOn(new DateOnly(2022, 1, 1)));
        Assert.False(title.IsHeldOn(new DateOnly(2025, 1, 20)));
        Assert.False(title.IsHeldOn(new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void An_extension_can_refer_to_the_default_countries_and_adds_people()
    {
        const string json = """
            {
              "countries": [ { "name": "Brazil", "adjectives": ["Brazilian"], "capital": "Brasília" } ],
              "people": [
                { "name": "Luiz Inácio Lula da Silva", "aliases": ["Lula"], "country": "Brazil", "role": "President of Brazil",
                  "offices": [ { "title": "President", "country": "Brazil", "from": "2023-01-01", "leader": true } ] },
                { "name": "Vladimir Putin", "aliases": ["VVP"],
                  "offices": [ { "title": "Prime Minister", "country": "Russia", "from": "2008-05-08", "to": "2012-05-07" } ] }
              ]
            }
            """;
        var extension = Gazetteer.Parse(json, "mine.json");
        Assert.Empty(extension.Diagnostics);

        var extended = Default.Extend(extension.Lexicon);

        Assert.True(extended.TryResolve("the Brazilian leader", out var lula));
        Assert.Equal("Luiz Inácio Lula da Silva", lula.Name);
        Assert.True(extended.TryResolve("Brasilia", out var brazil));
        Assert.Equal("Brazil", brazil.Name);
        Assert.True(extended.TryResolve("VVP", out var putin));
        Assert.Equal("President of Russia", putin.Role);
        Assert.True(extended.TryResolve("Russian Prime Minister", new DateOnly(2010, 1, 1), out var premier));
        Assert.Equal("Vladimir Putin", premier.Name);
        Assert.True(extended.TryResolve("Putin", out _));
        Assert.False(Default.TryResolve("VVP", out _));
    }

    [Fact]
    public void Malformed_gazetteer_entries_are_reported_where_they_are()
    {
        const string json = """
            {
              "people": [
                { "aliases": ["Nameless"] },
                { "name": "A", "offices": [ { "title": "President" } ] },
                { "name": "B", "offices": [ { "title": "President", "country": "Atlantis" } ] },
                { "name": "C", "offices": [ { "titles": ["Chief"], "from": "2020-13-01" } ] },
                { "name": "D", "offices": [ { "titles": ["Chief"], "from": "2021-01-01", "to": "2020-01-01" } ] },
                { "name": "E", "offices": [ { "country": "Russia" } ], "colour": "red" }
              ],
              "titlePatterns": { "office": ["{nationality} {title}"], "misc": [] },
              "institutions": [ { "key": "x", "name": "{planet} Ministry" } ]
            }
            """;

        var result = Gazetteer.Parse(json, "broken.json");
        var found = result.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Start.Line + 1)).ToList();

        Assert.Contains(("DX0904", 3), found);
        Assert.Contains(("DX0904", 4), found);
        Assert.Contains(("DX0908", 5), found);
        Assert.Contains(("DX0906", 6), found);
        Assert.Contains(("DX0906", 7), found);
        Assert.Contains(("DX0904", 8), found);
        Assert.Contains(("DX0905", 8), found);
        Assert.Contains(("DX0906", 10), found);
        Assert.Contains(("DX0905", 10), found);
        Assert.Contains(("DX0906", 11), found);
        Assert.Equal(["A", "B", "C", "D", "E"], result.Lexicon.Definitions.Select(d => d.Name));
        Assert.Single(result.Lexicon.Definitions.Single(d => d.Name == "B").Offices);
        Assert.Empty(result.Lexicon.Definitions.Single(d => d.Name == "A").Offices);
    }

    [Fact]
    public void Malformed_gazetteer_json_gives_a_located_error()
    {
        var result = Gazetteer.Parse("{\n  \"people\": [ { \"name\": \"X\" ]\n}", "g.json");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DX0902", diagnostic.Id);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().Start.Line);
        Assert.Same(Gazetteer.Empty, result.Lexicon);
    }
}
