using Dicta.Extraction.Lexicons;

namespace Dicta.Extraction.Tests.Lexicons;

/// <summary>
/// Resolution asks the gazetteer for speaker symbols directly (<see cref="Gazetteer.ResolveSpeaker"/>,
/// <see cref="Gazetteer.LookupSpeakers"/>); these tests hold the answers to those of <see cref="Gazetteer.TryResolve(string, DateOnly?, out GazetteerEntry)"/>
/// and <see cref="Gazetteer.Lookup"/> for every name, alias and title phrase of the default gazetteer.
/// </summary>
public class GazetteerSpeakerTests
{
    private static readonly Gazetteer Default = Gazetteer.Default;

    private static readonly DateOnly?[] Dates = [null, new DateOnly(2021, 6, 1), new DateOnly(2025, 3, 1)];

    /// <summary>Every name the gazetteer indexes, as written and after words of a speaker phrase, and some it does not.</summary>
    private static IEnumerable<string> Mentions() =>
        Default.Entries
            .SelectMany(e => e.Aliases.Prepend(e.Name).Concat(e.Titles.Select(t => t.Phrase)))
            .SelectMany(name => new[] { name, "the " + name, "Kremlin aide " + name, "his Chinese counterpart " + name, "Nobody " + name })
            .Concat(["", "the", "Yuri Ushakov", "Ushakov", "an unknown official", "U.S. president", "the Russian leader"]);

    [Fact]
    public void The_speaker_resolved_is_the_one_of_the_entry_resolved()
    {
        foreach (var date in Dates)
        {
            foreach (var mention in Mentions())
            {
                var speaker = Default.ResolveSpeaker(mention, date);
                if (Default.TryResolve(mention, date, out var entry))
                {
                    Assert.NotNull(speaker);
                    Assert.Equal(entry.ToSpeaker(), speaker);
                }
                else
                {
                    Assert.Null(speaker);
                }
            }
        }
    }

    [Fact]
    public void The_speakers_looked_up_are_those_of_the_entries_looked_up_in_order()
    {
        foreach (var date in Dates)
        {
            foreach (var mention in Mentions())
            {
                Assert.Equal(Default.Lookup(mention, date).Select(e => e.ToSpeaker()), Default.LookupSpeakers(mention, date));
            }
        }
    }

    [Fact]
    public void A_title_many_have_held_resolves_to_nobody_without_a_date()
    {
        Assert.True(Default.LookupSpeakers("the U.S. president", null).Length >= 2);
        Assert.Null(Default.ResolveSpeaker("the U.S. president", null));
    }
}
