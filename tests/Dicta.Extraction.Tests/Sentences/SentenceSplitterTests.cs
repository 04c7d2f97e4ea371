using Dicta.Extraction.Quotations;
using Dicta.Extraction.Sentences;
using Dicta.Extraction.Tests.Quotations;
using Dicta.Model;

namespace Dicta.Extraction.Tests.Sentences;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => TestArticle.FromLines(text).SentenceTexts();

    [Theory]
    [InlineData("The U.S. and the U.N. met in the U.K. on Monday.")]
    [InlineData("Mr. Smith met Mrs. Jones and Dr. Brown in St. Petersburg.")]
    [InlineData("Gen. Milley spoke on Jan. 5 and Feb. 6 in Washington.")]
    [InlineData("Ask about No. 10 vs. No. 11, e.g. the rooms, i.e. the offices.")]
    [InlineData("Apple Inc. and Acme Ltd. signed the deal.")]
    [InlineData("John F. Kennedy and J.R.R. Tolkien were born long ago.")]
    [InlineData("Revenue was $218.2bn, up 3.5% on the 2.0 forecast.")]
    [InlineData("He paused… and then went on.")]
    [InlineData("He paused... and then went on.")]
    [InlineData("Earlier this month, U.S. Under Secretary Victoria Nuland spoke.")]
    [InlineData("Putin spoke to U.S. President Joe Biden in a call.")]
    [InlineData("The paper said the U.S. “has openly threatened” the two.")]
    [InlineData("He met Sen. Graham at 10 a.m. Tuesday with a Ph.D. student.")]
    [InlineData("Relations with the U.S. sank to post-Cold War lows.")]
    [InlineData("Visit the site at 10 p.m. and approx. five people came.")]
    public void Abbreviations_decimals_initials_and_ellipses_do_not_end_sentences(string text)
    {
        Assert.Equal([text], Split(text));
    }

    [Theory]
    [InlineData("It rose 3.5%. The U.S. fell.", "It rose 3.5%.|The U.S. fell.")]
    [InlineData("Trade grew in the U.S. The rest fell.", "Trade grew in the U.S.|The rest fell.")]
    [InlineData("He joined Acme Inc. The company grew.", "He joined Acme Inc.|The company grew.")]
    [InlineData("Is it over? Yes! It is.", "Is it over?|Yes!|It is.")]
    [InlineData("Really?! No.", "Really?!|No.")]
    [InlineData("He waited… Then he left.", "He waited…|Then he left.")]
    [InlineData("He waited... Then he left.", "He waited...|Then he left.")]
    [InlineData("It began in the U.S. “We are ready,” he said.", "It began in the U.S.|“We are ready,” he said.")]
    [InlineData("He was born in 1990. Later he moved.", "He was born in 1990.|Later he moved.")]
    [InlineData("They chose Plan B. The plan worked.", "They chose Plan B.|The plan worked.")]
    [InlineData("Prices fell 5%. 2023 was worse.", "Prices fell 5%.|2023 was worse.")]
    [InlineData("It was the No. 1 risk. No one saw it.", "It was the No. 1 risk.|No one saw it.")]
    [InlineData("(He left the room.) Then he came back.", "(He left the room.)|Then he came back.")]
    public void Sentences_end_at_terminators_before_a_new_sentence(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Split(text));
    }

    [Theory]
    [InlineData("“A. B. C,” Putin said.", "“A. B. C,” Putin said.")]
    [InlineData("“We adhere to one China. We condemn the provocation,” Putin said after the talks.", "“We adhere to one China. We condemn the provocation,” Putin said after the talks.")]
    [InlineData("“It is over.” Then he left.", "“It is over.”|Then he left.")]
    [InlineData("“It is over.” he said.", "“It is over.” he said.")]
    [InlineData("“Is it over?” he asked.", "“Is it over?” he asked.")]
    [InlineData("“It is over!” she cried, leaving.", "“It is over!” she cried, leaving.")]
    [InlineData("“It is over,” he said. “We won.”", "“It is over,” he said.|“We won.”")]
    [InlineData("He said “it is over.” “We won,” she said.", "He said “it is over.”|“We won,” she said.")]
    [InlineData("“The talks ended.”“I believe it,” he said.", "“The talks ended.”|“I believe it,” he said.")]
    [InlineData("They want a “financial infrastructure”, Ushakov said. Then more.", "They want a “financial infrastructure”, Ushakov said.|Then more.")]
    [InlineData("He backed the ‘rules-based order.’ Then he left.", "He backed the ‘rules-based order.’|Then he left.")]
    [InlineData("He said \"It is over. We won.\" Then he left.", "He said \"It is over. We won.\"|Then he left.")]
    [InlineData("“Here we have the U.S. We go on,” he said.", "“Here we have the U.S. We go on,” he said.")]
    public void No_sentence_ends_inside_a_quotation(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Split(text));
    }

    [Theory]
    [InlineData("Patrushev has announced.The Russian official spoke.", "Patrushev has announced.|The Russian official spoke.")]
    [InlineData("They praised the Pentagon.Amid growing pressure, he left.", "They praised the Pentagon.|Amid growing pressure, he left.")]
    [InlineData("That, the official said.Wang echoed Patrushev.", "That, the official said.|Wang echoed Patrushev.")]
    [InlineData("They destabilize the world.“Specifically, we lost,” he said.", "They destabilize the world.|“Specifically, we lost,” he said.")]
    [InlineData("He spoke of the US and NATO.US media reported it.", "He spoke of the US and NATO.|US media reported it.")]
    [InlineData("Did it happen?Then nothing did.", "Did it happen?|Then nothing did.")]
    [InlineData("It was fine.”The next day came.", "It was fine.”|The next day came.")]
    public void Sentences_glued_without_a_space_are_split(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Split(text));
    }

    [Theory]
    [InlineData("The U.S.-led coalition met.")]
    [InlineData("The U.S.A is large.")]
    [InlineData("Take fruit, e.g.Apples and pears.")]
    [InlineData("Then Xi.Jinping spoke.")]
    [InlineData("Then Mr.Smith spoke.")]
    [InlineData("Visit example.com today.")]
    [InlineData("Mail john.Smith@example.com now.")]
    [InlineData("See www.Example.com now.")]
    [InlineData("See https://site.Org/Page now.")]
    [InlineData("Version 2.0 costs $218.2bn now.")]
    [InlineData("The date was 21.02.2023 in Moscow.")]
    public void Glued_periods_that_are_not_sentence_ends_stay(string text)
    {
        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void A_sentence_ending_at_its_block_needs_no_punctuation_and_never_crosses_blocks()
    {
        Assert.Equal(["He spoke of the U.S.", "The rest followed", "No punctuation here"], Split("He spoke of the U.S.\nThe rest followed\n\nNo punctuation here"));
    }

    [Fact]
    public void Sentence_spans_exclude_surrounding_white_space()
    {
        var article = TestArticle.FromLines("   One here.   Two\u00A0there.\u00A0 \n\t Three.  ");
        Assert.Equal(["One here.", "Two\u00A0there.", "Three."], article.SentenceTexts());
    }

    [Fact]
    public void Only_body_blocks_are_split()
    {
        var article = TestArticle.FromLines(
            "A Title. Here\n(Reuters) –\nA standfirst. Two.\nA heading\nA paragraph.\nSubscribe now. Please.",
            (line, _) => line switch
            {
                0 => BlockKind.Title,
                1 => BlockKind.Dateline,
                2 => BlockKind.Standfirst,
                3 => BlockKind.Heading,
                5 => BlockKind.Boilerplate,
                _ => null,
            });
        Assert.Equal(["A standfirst.", "Two.", "A paragraph."], article.SentenceTexts());
    }

    [Fact]
    public void A_quotation_continued_over_paragraphs_keeps_each_paragraph_one_sentence()
    {
        Assert.Equal(["“One. Two.", "“Three. Four,” he said."], Split("“One. Two.\n“Three. Four,” he said."));
    }

    [Fact]
    public void An_unbalanced_quotation_mark_does_not_glue_its_paragraph()
    {
        Assert.Equal(["He said “hello.", "Then he left."], Split("He said “hello. Then he left."));
    }

    [Fact]
    public void Splitting_with_an_empty_scan_still_splits()
    {
        var article = TestArticle.FromLines("One. Two.");
        Assert.Equal(2, SentenceSplitter.Split(article.Text, article.Blocks, QuotationScan.Empty).Length);
    }

    [Fact]
    public void Very_long_lines_are_split_in_linear_time()
    {
        // Each pattern defeats a naive implementation: long runs before every period, stray marks that search a
        // deep stack, possessive look-aheads. A quadratic pass over 400,000 characters would not finish in the run.
        const int n = 100_000;
        string[] lines =
        [
            string.Concat(Enumerable.Repeat("a.", n)),
            string.Concat(Enumerable.Repeat("U.S.", n)),
            new string('x', 4 * n) + ". Then.",
            new string('“', 2 * n) + new string('»', 2 * n),
            "‘" + string.Concat(Enumerable.Repeat("cats’ don’t ", n / 4)),
            string.Concat(Enumerable.Repeat("Is it? ", n / 2)),
            string.Concat(Enumerable.Repeat("“A.” ", n)),
        ];
        var article = TestArticle.FromLines(string.Join("\n", lines));
        var scan = article.Scan();
        var sentences = SentenceSplitter.Split(article.Text, article.Blocks, scan);
        Assert.Equal(2 * n, scan.Diagnostics.Count(d => article.Text[d.Location.Span.Start] == '»'));
        Assert.Equal(n / 2, sentences.Count(s => article.Text.ToString(s.Span) == "Is it?"));
        Assert.Equal(n, sentences.Count(s => article.Text.ToString(s.Span) == "“A.”"));
        Assert.Contains(sentences, s => article.Text.ToString(s.Span) == "Then.");
    }
}
