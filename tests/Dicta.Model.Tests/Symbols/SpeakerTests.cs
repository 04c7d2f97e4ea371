using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Model.Tests.Symbols;

public class SpeakerTests
{
    private static readonly string[] AliasPool = ["Putin", "putin", "PUTIN", "Vladimir Putin", "vladimir putin", "Russian President", "the leader", "", " ", "\t", "Ä", "ä", "a", "B"];

    [Fact]
    public void Aliases_are_distinct_ignoring_case_in_ordinal_order_without_the_name()
    {
        var speaker = new Speaker("Vladimir Putin", SpeakerKind.Person, ["putin", "Putin", "", " ", "vladimir putin", "Russian President", "PUTIN"]);

        Assert.Equal<string>(["Russian President", "putin"], speaker.Aliases);
    }

    [Property]
    public Property Alias_normalization_keeps_every_other_name_once() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements(AliasPool)).ToArbitrary(), aliases =>
        {
            var speaker = new Speaker("Vladimir Putin", SpeakerKind.Person, aliases);
            Assert.Equal<string>(speaker.Aliases.Order(StringComparer.Ordinal), speaker.Aliases);
            Assert.Equal(speaker.Aliases.Length, speaker.Aliases.Distinct(NameComparer.Instance).Count());
            Assert.DoesNotContain(speaker.Aliases, a => NameComparer.Same(a, speaker.Name) || string.IsNullOrWhiteSpace(a));
            Assert.All(aliases.Where(a => !string.IsNullOrWhiteSpace(a)), a => Assert.True(speaker.IsNamed(a)));
            Assert.All(speaker.Aliases, a => Assert.Contains(a, aliases));
        });

    [Fact]
    public void Construction_rejects_a_blank_name_and_drops_blank_country_and_role()
    {
        Assert.ThrowsAny<ArgumentException>(() => new Speaker(" ", SpeakerKind.Person));
        Assert.ThrowsAny<ArgumentException>(() => new Speaker(null!, SpeakerKind.Person));
        var speaker = new Speaker("Xi Jinping", SpeakerKind.Person, country: " ", role: string.Empty);
        Assert.Null(speaker.Country);
        Assert.Null(speaker.Role);
        Assert.Empty(speaker.Aliases);
        Assert.Empty(speaker.Members);
    }

    [Fact]
    public void IsNamed_matches_the_name_and_aliases_ignoring_case_but_not_members()
    {
        Assert.True(Samples.Putin.IsNamed("vladimir PUTIN"));
        Assert.True(Samples.Putin.IsNamed("russian president"));
        Assert.False(Samples.Putin.IsNamed("Vladimir"));
        Assert.True(Samples.PutinAndXi.IsNamed("putin and xi"));
        Assert.False(Samples.PutinAndXi.IsNamed("Putin"));
    }

    [Fact]
    public void Denotes_reaches_group_members_at_any_depth()
    {
        var lavrov = new Speaker("Sergei Lavrov", SpeakerKind.Person, ["Lavrov"]);
        var summit = new Speaker("summit participants", SpeakerKind.Group, members: [Samples.PutinAndXi, lavrov]);

        Assert.True(Samples.PutinAndXi.Denotes("Putin"));
        Assert.True(Samples.PutinAndXi.Denotes("xi jinping"));
        Assert.False(Samples.PutinAndXi.Denotes("Lavrov"));
        Assert.True(summit.Denotes("XI"));
        Assert.True(summit.Denotes("Putin and Xi"));
        Assert.True(summit.Denotes("lavrov"));
        Assert.False(Samples.Putin.Denotes("Xi"));
    }

    [Fact]
    public void Members_are_distinct_by_name_in_ordinal_order()
    {
        var group = new Speaker("G", SpeakerKind.Group, members: [Samples.Xi, Samples.Putin, new Speaker("xi jinping", SpeakerKind.Person)]);

        Assert.Equal(["Vladimir Putin", "Xi Jinping"], group.Members.Select(m => m.Name));
    }

    [Fact]
    public void SelfAndMembers_lists_the_speaker_then_every_member_once()
    {
        var lavrov = new Speaker("Sergei Lavrov", SpeakerKind.Person);
        var summit = new Speaker("summit participants", SpeakerKind.Group, members: [Samples.PutinAndXi, Samples.Putin, lavrov]);

        Assert.Equal([Samples.Putin], Samples.Putin.SelfAndMembers());
        Assert.Equal(["Putin and Xi", "Vladimir Putin", "Xi Jinping"], Samples.PutinAndXi.SelfAndMembers().Select(s => s.Name));
        Assert.Equal(
            ["summit participants", "Putin and Xi", "Vladimir Putin", "Xi Jinping", "Sergei Lavrov"],
            summit.SelfAndMembers().Select(s => s.Name));
    }

    [Fact]
    public void Merge_unites_aliases_and_members_and_keeps_its_own_country_and_role_first()
    {
        var mine = new Speaker("Vladimir Putin", SpeakerKind.Person, ["Putin", "the leader"], role: "President of Russia");
        var theirs = new Speaker("Vladimir Putin", SpeakerKind.Person, ["PUTIN", "Russian President"], "Russia", "President");

        var merged = mine.Merge(theirs);

        Assert.Equal<string>(["Putin", "Russian President", "the leader"], merged.Aliases);
        Assert.Equal("Russia", merged.Country);
        Assert.Equal("President of Russia", merged.Role);
        Assert.Equal("President", theirs.Merge(mine).Role);
        Assert.Equal("Russian Federation", theirs.WithCountry("Russian Federation").Merge(mine.WithCountry("Russia")).Country);
        Assert.Equal("Russia", mine.WithCountry("Russia").Merge(theirs.WithCountry("Russian Federation")).Country);
        Assert.Equal<string>(["PUTIN", "Russian President", "the leader"], theirs.Merge(mine).Aliases);
    }

    [Fact]
    public void Merge_unites_group_members()
    {
        var lavrov = new Speaker("Sergei Lavrov", SpeakerKind.Person);
        var one = new Speaker("the delegation", SpeakerKind.Group, members: [Samples.Putin]);
        var other = new Speaker("the delegation", SpeakerKind.Group, members: [lavrov, Samples.Putin]);

        Assert.Equal(["Sergei Lavrov", "Vladimir Putin"], one.Merge(other).Members.Select(m => m.Name));
    }

    [Fact]
    public void Merge_with_an_equal_speaker_returns_this_one()
    {
        var copy = new Speaker("Vladimir Putin", SpeakerKind.Person, ["Russian President", "Putin"], "Russia");

        Assert.Same(Samples.Putin, Samples.Putin.Merge(copy));
    }

    [Fact]
    public void Merge_refuses_a_speaker_with_another_name()
    {
        Assert.Throws<ArgumentException>(() => Samples.Putin.Merge(Samples.Xi));
        Assert.Throws<ArgumentException>(() => Samples.Putin.Merge(new Speaker("vladimir putin", SpeakerKind.Person)));
        Assert.Throws<ArgumentNullException>(() => Samples.Putin.Merge(null!));
    }

    [Fact]
    public void Speakers_are_equal_when_every_part_is()
    {
        var putin = new Speaker("Vladimir Putin", SpeakerKind.Person, ["Russian President", "Putin"], "Russia");

        Assert.Equal(Samples.Putin, putin);
        Assert.Equal(Samples.Putin.GetHashCode(), putin.GetHashCode());
        Assert.True(Samples.Putin == putin);
        Assert.NotEqual(Samples.Putin, putin.WithCountry("Russian Federation"));
        Assert.NotEqual(Samples.Putin, putin.WithRole("President"));
        Assert.NotEqual(Samples.Putin, putin.WithAliases(["the leader"]));
        Assert.NotEqual(Samples.Putin, new Speaker("Vladimir Putin", SpeakerKind.Person, ["Russian President", "putin"], "Russia"));
        Assert.NotEqual(Samples.Putin, new Speaker("Vladimir Putin", SpeakerKind.Organization, ["Russian President", "Putin"], "Russia"));
        Assert.NotEqual(Samples.PutinAndXi, new Speaker("Putin and Xi", SpeakerKind.Group, members: [Samples.Putin]));
        Assert.Equal(Samples.PutinAndXi, new Speaker("Putin and Xi", SpeakerKind.Group, members: [Samples.Xi, Samples.Putin]));
    }

    [Fact]
    public void With_methods_return_copies()
    {
        var withAliases = Samples.Putin.WithAliases(["the leader", "putin"]);

        Assert.Equal<string>(["Putin", "Russian President", "the leader"], withAliases.Aliases);
        Assert.Equal("Russian Federation", Samples.Putin.WithCountry("Russian Federation").Country);
        Assert.Equal("President", Samples.Putin.WithRole("President").Role);
        Assert.Equal<string>(["Putin", "Russian President"], Samples.Putin.Aliases);
        Assert.Equal("Russia", Samples.Putin.Country);
        Assert.Null(Samples.Putin.Role);
    }

    [Fact]
    public void ToString_is_the_name() => Assert.Equal("Vladimir Putin", Samples.Putin.ToString());
}
